package io.github.qacatalog.eval;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.scorer.Score;
import io.github.qacatalog.eval.scorer.Scorer;
import io.github.qacatalog.eval.scorer.ScoringInput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Fake models and scorers, and an evaluation set up for tests. */
final class Fakes {
  static final String CONTEXT = """
      The Acme widget is blue. It weighs 250 grams. Its warranty lasts two years.
      Acme Corporation of Springfield makes it.""";
  static final String REFUSAL = "The information is not available in the context.";

  private Fakes() {}

  /** Answers the test catalog's questions from a table, and refuses everything else; counts calls. */
  static final class OracleModel implements AnswerModel {
    final AtomicInteger calls = new AtomicInteger();
    private final String name;

    OracleModel(String name) {
      this.name = name;
    }

    OracleModel() {
      this("oracle");
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public ModelAnswer answer(String systemPrompt, String userMessage) throws Exception {
      calls.incrementAndGet();
      return new ModelAnswer(answerTo(userMessage), 100, 7, name + "-2026-01-01");
    }

    String answerTo(String question) {
      for (QaItem item : QaCatalog.ProductFacts.values()) {
        if (item.question().equals(question)) {
          return item.answer().orElse("It costs 10 dollars.");
        }
      }
      return REFUSAL;
    }
  }

  /** Words shared by response and gold answer over words of either: a stand-in for similarity. */
  static Scorer similarity() {
    return named("similarity", in -> Score.of("similarity", overlap(in.response(), in.goldAnswer().orElseThrow())));
  }

  /** 1 when the response says the information is not available. */
  static Scorer refusal() {
    return new Scorer() {
      @Override
      public String name() {
        return "refusal";
      }

      @Override
      public boolean needsGoldAnswer() {
        return false;
      }

      @Override
      public Score score(ScoringInput in) {
        return Score.of("refusal", in.response().toLowerCase(Locale.ROOT).contains("not available") ? 1 : 0);
      }
    };
  }

  static Scorer named(String name, Function<ScoringInput, Score> score) {
    return new Scorer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Score score(ScoringInput in) {
        return score.apply(in);
      }
    };
  }

  static double overlap(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    long shared = x.stream().filter(y::contains).count();
    Set<String> all = new java.util.HashSet<>(x);
    all.addAll(y);
    return all.isEmpty() ? 0 : (double) shared / all.size();
  }

  private static Set<String> words(String text) {
    return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
  }

  /** No questions yet; the refusal category declared, fake scorers, no retry, no progress. */
  static Evaluation.Builder evaluation(AnswerModel model, Path log, Output output) {
    Evaluation.Builder builder = Evaluation.builder()
        .model(model)
        .context(CONTEXT)
        .expect(QaCatalog.OutOfScopeQa.class, Expectation.REFUSAL)
        .scorers(Expectation.ANSWER, similarity(), refusal())
        .scorers(Expectation.REFUSAL, refusal())
        .threshold(Expectation.ANSWER, "similarity", 0.5)
        .retry(RetryPolicy.NONE)
        .timeout(Duration.ofSeconds(30))
        .progress(false)
        .out(output.out)
        .err(output.err);
    return log == null ? builder : builder.log(log);
  }

  /** Captures what a run prints. */
  static final class Output {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    String out() {
      return outBytes.toString(StandardCharsets.UTF_8);
    }

    String err() {
      return errBytes.toString(StandardCharsets.UTF_8);
    }

    String lastLine() {
      List<String> lines = out().lines().toList();
      return lines.get(lines.size() - 1);
    }
  }

  /** A question not from a generated catalog, for tests that change a question's text. */
  record Item(String id, String question, Optional<String> answer, QaCategory category)
      implements QaItem {
    @Override
    public int number() {
      return 0;
    }

    @Override
    public int line() {
      return 1;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  static List<QaItem> items(String category, Map<String, String> questions) {
    @SuppressWarnings("unchecked")
    QaItem[] made = new QaItem[questions.size()];
    QaCategory[] holder = new QaCategory[1];
    int i = 0;
    for (Map.Entry<String, String> e : questions.entrySet()) {
      made[i++] = new Item(e.getKey(), e.getValue(), Optional.of("gold " + e.getKey()),
          new LazyCategory(category, holder));
    }
    holder[0] = QaCategory.of(category, null, List.of(made));
    return List.of(made);
  }

  /** A category whose items are set after the items are made. */
  private record LazyCategory(String title, QaCategory[] holder) implements QaCategory {
    @Override
    public Optional<String> description() {
      return Optional.empty();
    }

    @Override
    public List<QaItem> items() {
      return holder[0].items();
    }
  }
}
