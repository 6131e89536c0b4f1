package io.github.qacatalog.bench;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.scorer.Scorers;
import io.github.qacatalog.eval.scorer.refusal.RefusalScorer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Prints what qacatalog-eval costs per question on its own, the model's time excluded: the model
 * under test answers at once, so what is measured is the runner (scheduling on its pool, a timeout
 * per call, hashing, the log written and flushed per answer, the cache looked up, the report).
 *
 * <p>The floor, measured in the same process, is the plainest loop a user would write by hand:
 * call the model for every question and keep the answers in a list. Each case runs in a fresh
 * temporary directory; after warm-up rounds the median of the measured rounds is printed, in
 * microseconds of elapsed time and of process CPU time per question, and as the difference from
 * the floor. The cheap scorers (token F1, refusal detection) are a case of their own; MiniLM's
 * cost is printed by {@link MiniLmThroughput}.
 *
 * <p>Arguments, all optional: questions (default 10,000, so that the process CPU clock, which
 * ticks in milliseconds on some systems, resolves a microsecond per question), rounds (default 5).
 */
public final class EvalRunnerCost {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

  private EvalRunnerCost() {}

  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    SyntheticItems synthetic = SyntheticItems.of(size);
    List<QaItem> items = synthetic.items();
    QaCategory refusals = synthetic.refusals();
    AnswerModel instant = AnswerModel.of("instant", (system, question) -> "An answer to " + question);
    System.out.printf(Locale.ROOT, "Evaluation runner cost: Java %s, %d cores, %,d questions, median of %d rounds%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), size, rounds);

    List<Case> cases = List.of(
        new Case("floor: a hand-written loop over the model", NOTHING, dir -> {
          List<String> answers = new ArrayList<>();
          for (QaItem item : items) {
            answers.add(instantAnswer(instant, item));
          }
          return answers.size();
        }),
        new Case("runner, no log, no scorer", NOTHING,
            dir -> bare(instant, items, refusals).build().run().items().size()),
        new Case("runner, first run: every answer logged", NOTHING,
            dir -> logged(instant, items, refusals, dir).build().run().answersFromModel()),
        new Case("runner, second run: every answer from the log",
            dir -> logged(instant, items, refusals, dir).build().run(),
            dir -> logged(instant, items, refusals, dir).build().run().answersFromLog()),
        new Case("runner, logged, token F1 and refusal scorers", NOTHING, dir ->
            logged(instant, items, refusals, dir)
                .scorers(Expectation.ANSWER, Scorers.tokenF1())
                .scorers(Expectation.REFUSAL, RefusalScorer.standard())
                .build().run().items().size()));

    for (int round = 0; round < 2; round++) {
      for (Case c : cases) {
        c.measure(false);
      }
    }
    for (int round = 0; round < rounds; round++) {
      for (Case c : cases) {
        c.measure(true);
      }
    }
    double floorWall = cases.get(0).medianWall() / size;
    double floorCpu = cases.get(0).medianCpu() / size;
    System.out.printf(Locale.ROOT, "%-48s %14s %14s %16s%n", "case", "wall us/q", "cpu us/q", "wall - floor");
    for (Case c : cases) {
      double wall = c.medianWall() / size;
      double cpu = c.medianCpu() / size;
      System.out.printf(Locale.ROOT, "%-48s %14.1f %14.1f %16s%n", c.name, wall / 1e3, cpu / 1e3,
          c == cases.get(0) ? "-" : String.format(Locale.ROOT, "%+.1f", (wall - floorWall) / 1e3));
    }
    System.out.printf(Locale.ROOT, "(the second-run row times the second run only, after an untimed first;"
        + " floor %.2f us/q wall, %.2f us/q cpu)%n",
        floorWall / 1e3, floorCpu / 1e3);
  }

  private static String instantAnswer(AnswerModel model, QaItem item) {
    try {
      return model.answer("system", item.question()).text();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Evaluation.Builder bare(AnswerModel model, List<QaItem> items, QaCategory refusals) {
    return Evaluation.builder()
        .model(model)
        .items(items)
        .context("The context of a benchmark.")
        .expect(refusals, Expectation.REFUSAL)
        .scorers(Expectation.ANSWER)
        .scorers(Expectation.REFUSAL)
        .clearThresholds(Expectation.ANSWER)
        .clearThresholds(Expectation.REFUSAL)
        .progress(false)
        .out(NOWHERE)
        .err(NOWHERE);
  }

  private static Evaluation.Builder logged(AnswerModel model, List<QaItem> items, QaCategory refusals, Path dir) {
    return bare(model, items, refusals).log(dir.resolve("run-log.jsonl"));
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static final Consumer<Path> NOTHING = dir -> {};

  /** One row of the table: a body timed in a fresh directory, after an untimed preparation, with its medians. */
  private static final class Case {
    final String name;
    final Consumer<Path> prepare;
    final Function<Path, Integer> body;
    final List<long[]> samples = new ArrayList<>();

    Case(String name, Consumer<Path> prepare, Function<Path, Integer> body) {
      this.name = name;
      this.prepare = prepare;
      this.body = body;
    }

    void measure(boolean keep) {
      Path dir;
      try {
        dir = Files.createTempDirectory("qacatalog-eval-bench");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      prepare.accept(dir);
      long start = System.nanoTime();
      long cpu = cpuNanos();
      int count = body.apply(dir);
      long[] sample = {System.nanoTime() - start, cpuNanos() - cpu};
      if (count == 0) {
        throw new IllegalStateException(name + " did nothing");
      }
      if (keep) {
        samples.add(sample);
      }
      delete(dir);
    }

    double medianWall() {
      return median(0);
    }

    double medianCpu() {
      return median(1);
    }

    private double median(int index) {
      long[] values = samples.stream().mapToLong(s -> s[index]).sorted().toArray();
      return values[values.length / 2];
    }

    private static void delete(Path dir) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Questions made up for the benchmark, in two categories, the second expecting refusals. */
  record SyntheticItems(List<QaItem> items, QaCategory refusals) {
    static SyntheticItems of(int size) {
      List<Item> answers = new ArrayList<>();
      List<Item> refused = new ArrayList<>();
      for (int i = 1; i <= size; i++) {
        String question = "Question " + i + ": what does the processor do with item " + i + " of the file?";
        Item item = new Item("Q" + i, i, question, i % 4 == 0 ? null : "It compiles item " + i + " into a constant.");
        (i % 4 == 0 ? refused : answers).add(item);
      }
      QaCategory answered = QaCategory.of("Answered", null, answers);
      QaCategory refusals = QaCategory.of("Out of scope", null, refused);
      answers.forEach(item -> item.category = answered);
      refused.forEach(item -> item.category = refusals);
      List<QaItem> all = new ArrayList<>(answers);
      all.addAll(refused);
      return new SyntheticItems(List.copyOf(all), refusals);
    }
  }

  /** A made-up question; its category is set once the category exists. */
  private static final class Item implements QaItem {
    private final String id;
    private final int number;
    private final String question;
    private final String answer;
    private QaCategory category;

    Item(String id, int number, String question, String answer) {
      this.id = id;
      this.number = number;
      this.question = question;
      this.answer = answer;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public String question() {
      return question;
    }

    @Override
    public Optional<String> answer() {
      return Optional.ofNullable(answer);
    }

    @Override
    public QaCategory category() {
      return category;
    }

    @Override
    public int line() {
      return number;
    }
  }
}
