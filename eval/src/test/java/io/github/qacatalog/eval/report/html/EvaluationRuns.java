package io.github.qacatalog.eval.report.html;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.RetryPolicy;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.scorer.Score;
import io.github.qacatalog.eval.scorer.Scorer;
import io.github.qacatalog.eval.scorer.ScoringInput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real evaluation of the example's deep-dive catalog by two fake models: {@code model-a} gives
 * every gold answer, {@code model-b} only for every other question (declining the rest), graded by
 * an exact-match {@code similarity} and a fake judge with the default rubric's criteria.
 */
final class EvaluationRuns {
  static final String DECLINE = "I am not sure; the file does not say.";

  private EvaluationRuns() {}

  /** The deep-dive questions. */
  static List<QaItem> items() {
    return SampleRuns.items();
  }

  /** Whether {@code model-b} gives the gold answer to question {@code i}. */
  static boolean modelBAnswers(int i) {
    return i % 2 == 0;
  }

  static AnswerModel modelA() {
    return AnswerModel.of("model-a", (system, question) -> goldOf(question));
  }

  static AnswerModel modelB() {
    return AnswerModel.of("model-b", (system, question) -> {
      List<QaItem> items = items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).question().equals(question)) {
          return modelBAnswers(i) ? goldOf(question) : DECLINE;
        }
      }
      return DECLINE;
    });
  }

  /** An evaluation of both models, with an exact {@code similarity} and a fake judge. */
  static Evaluation.Builder evaluation() {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Evaluation.builder()
        .models(modelA(), modelB())
        // One wording a question: the figures below count questions (paraphrases: RunAnalysesTest, ParaphrasesTest).
        .paraphrases(false)
        .items(items())
        .context("The deep-dive file.")
        .scorers(Expectation.ANSWER, exact(), judge())
        .threshold(Expectation.ANSWER, "similarity", 0.5)
        .retry(RetryPolicy.NONE)
        .timeout(Duration.ofSeconds(30))
        .progress(false)
        .out(quiet)
        .err(quiet);
  }

  private static String goldOf(String question) {
    return items().stream().filter(i -> i.question().equals(question)).findFirst()
        .flatMap(QaItem::answer).orElse(DECLINE);
  }

  private static boolean right(ScoringInput in) {
    return in.response().strip().equals(in.goldAnswer().orElse("").strip());
  }

  private static Scorer exact() {
    return named("similarity", in -> Score.of("similarity", right(in) ? 1.0 : 0.0));
  }

  /** Labels as the rubric judge writes them: {@code judge_<criterion>} and {@code judge_reason}. */
  private static Scorer judge() {
    return named("judge", in -> right(in)
        ? Score.of("judge", 1.0, Map.of("judge_completeness", "full", "judge_accuracy", "accurate",
            "judge_reason", "Gives the gold answer.", "judge_parsed", "true"))
        : Score.of("judge", 0.0, Map.of("judge_completeness", "none", "judge_accuracy", "partly",
            "judge_reason", "Declines to answer.", "judge_parsed", "true")));
  }

  private static Scorer named(String name, java.util.function.Function<ScoringInput, Score> f) {
    return new Scorer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Score score(ScoringInput in) {
        return f.apply(in);
      }
    };
  }
}
