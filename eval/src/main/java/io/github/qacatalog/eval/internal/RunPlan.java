package io.github.qacatalog.eval.internal;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.RetryPolicy;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.report.ReportWriter;
import io.github.qacatalog.eval.scorer.Scorer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * Everything a run needs, as an {@code Evaluation} sets it up: what to ask (questions, models,
 * variants, samples), how to grade, how to call, where to write.
 *
 * @param models the models under test, in order
 * @param items the questions, each once
 * @param samples how many answers to ask for each question, model and variant
 * @param systemPrompt the system prompt with the context in it
 * @param expectation what a question's category expects
 * @param scorers the scorers of each expectation, in order
 * @param thresholds the minimum of each score per expectation
 * @param concurrency how many calls may be under way at once
 * @param requestsPerMinute the most calls started per minute, 0 for no limit
 * @param timeout how long one attempt may take
 * @param retry the retry policy
 * @param log the run log, or null for none
 * @param reports report writers and the directories they write to
 * @param out where the table and closing line go
 * @param err where progress and warnings go
 * @param progress whether to show progress
 * @param progressDelay how long a run goes before progress shows
 * @param secrets secrets to mask, beside the environment's
 * @param sleeper how waits between attempts are made
 * @param random the source of jitter
 * @param paraphrases whether each question's paraphrases are asked too
 */
public record RunPlan(
    List<AnswerModel> models,
    List<QaItem> items,
    int samples,
    String systemPrompt,
    Function<QaItem, Expectation> expectation,
    Map<Expectation, List<Scorer>> scorers,
    Map<Expectation, Map<String, Double>> thresholds,
    int concurrency,
    int requestsPerMinute,
    Duration timeout,
    RetryPolicy retry,
    Path log,
    List<Report> reports,
    PrintStream out,
    PrintStream err,
    boolean progress,
    Duration progressDelay,
    List<String> secrets,
    Sleeper sleeper,
    DoubleSupplier random,
    boolean paraphrases) {

  /** Waits; {@link Thread#sleep} but for tests. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** A report writer and the directory it writes to. */
  public record Report(ReportWriter writer, Path directory) {
    /** Checks both are given. */
    public Report {
      Objects.requireNonNull(writer, "writer");
      Objects.requireNonNull(directory, "directory");
    }
  }

  /** Copies the lists. */
  public RunPlan {
    models = List.copyOf(models);
    items = List.copyOf(items);
    reports = List.copyOf(reports);
    secrets = List.copyOf(secrets);
  }
}
