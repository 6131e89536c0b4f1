package io.github.qacatalog.eval.internal;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.recorded.RecordedModel;
import io.github.qacatalog.eval.report.ConsoleTable;
import io.github.qacatalog.eval.report.ProgressBar;
import io.github.qacatalog.eval.report.RunListener;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.ScoringInput;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of a {@link RunPlan}: every question asked of every model (in every variant, every
 * sample), or its answer taken from the log; scored, graded, masked once, logged, reported.
 */
public final class RunLoop {
  private final RunPlan plan;
  private final RunAnalyses analyses;
  private final String promptHash;
  private final Redactor redactor;
  private RunLog log;
  private Caller caller;
  private Scoring scoring;

  /** A run of the plan. */
  public RunLoop(RunPlan plan) {
    this(plan, RunAnalyses.none(plan.thresholds()));
  }

  /** A run of the plan, completed by the analyses once every answer is in. */
  public RunLoop(RunPlan plan, RunAnalyses analyses) {
    this.plan = plan;
    this.analyses = java.util.Objects.requireNonNull(analyses, "analyses");
    this.promptHash = Hashes.sha256(plan.systemPrompt());
    this.redactor = Redactor.fromEnvironment(plan.secrets());
  }

  /**
   * One wording of a question (0 as written, n its n-th paraphrase) asked of one model in one
   * variant, one sample.
   */
  private record Task(QaItem item, int wording, String asked, AnswerModel model, String variant,
      int sample) {}

  /** Runs the plan; see {@code Evaluation.run()}. */
  public RunResult run() {
    List<Task> tasks = tasks();
    ExecutorService workers = Executors.newFixedThreadPool(
        Math.min(plan.concurrency(), Math.max(1, tasks.size())), daemonThreads("qacatalog-eval-worker-"));
    ExecutorService calls = Executors.newCachedThreadPool(daemonThreads("qacatalog-eval-call-"));
    RunListener listener = listener(tasks.size());
    List<ItemResult> results = new ArrayList<>();
    try {
      if (plan.log() != null) {
        log = RunLog.open(plan.log(),
            warning -> plan.err().println("qacatalog-eval: warning: " + warning));
      }
      CallLimiter limiter = new CallLimiter(plan.concurrency(), plan.requestsPerMinute(), System::nanoTime);
      caller = new Caller(plan.retry(), plan.timeout(), calls, plan.sleeper(), plan.random(), limiter,
          warning -> plan.err().println("qacatalog-eval: warning: " + warning));
      scoring = new Scoring(caller, redactor);
      listener.started(tasks.size());
      List<Future<ItemResult>> futures = new ArrayList<>();
      for (Task task : tasks) {
        futures.add(workers.submit(() -> {
          ItemResult result = evaluate(task);
          listener.finished(result);
          return result;
        }));
      }
      for (Future<ItemResult> future : futures) {
        results.add(await(future));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the run log " + plan.log() + ": " + e.getMessage(), e);
    } finally {
      workers.shutdownNow();
      calls.shutdownNow();
      listener.ended();
      closeLog();
    }
    List<String> names = plan.models().stream().map(m -> redactor.redact(m.name())).toList();
    List<String> notes = new ArrayList<>();
    RunResult result = analyses.complete(new RunResult(names, results),
        text -> redactor.redact(SafeText.wellFormed(text)), plan.err(), notes);
    UncheckedIOException reportFailure = writeReports(result);
    ConsoleTable.print(result, analyses.console(result, notes), plan.out());
    if (reportFailure != null) {
      throw reportFailure;
    }
    return result;
  }

  /**
   * Every wording of every question, of every model, every sample. A recorded model is not asked
   * a wording it has no response to when it has one to another wording of the question (its
   * person asked only some); the run says how many it left out.
   */
  private List<Task> tasks() {
    List<Task> tasks = new ArrayList<>();
    Map<String, Integer> notRecorded = new java.util.LinkedHashMap<>();
    for (QaItem item : plan.items()) {
      List<String> wordings = new ArrayList<>();
      wordings.add(item.question());
      if (plan.paraphrases()) {
        wordings.addAll(item.paraphrases());
      }
      for (AnswerModel model : plan.models()) {
        for (int wording = 0; wording < wordings.size(); wording++) {
          String asked = wordings.get(wording);
          if (model instanceof RecordedModel recorded && recorded.recorded(asked).isEmpty()
              && wordings.stream().anyMatch(w -> recorded.recorded(w).isPresent())) {
            notRecorded.merge(model.name(), plan.samples(), Integer::sum);
            continue;
          }
          for (int sample = 1; sample <= plan.samples(); sample++) {
            tasks.add(new Task(item, wording, asked, model, ItemResult.DEFAULT_VARIANT, sample));
          }
        }
      }
    }
    notRecorded.forEach((model, count) -> plan.err().println("qacatalog-eval: note: "
        + redactor.redact(model) + " has no recorded response to " + count
        + (count == 1 ? " wording" : " wordings") + " of questions it answered in another wording;"
        + " they are not asked"));
    return tasks;
  }

  private RunListener listener(int total) {
    if (!plan.progress()) {
      return new RunListener() {};
    }
    ProgressBar bar = new ProgressBar(plan.err(), ProgressBar.stderrIsTerminal(), total,
        plan.progressDelay(), Duration.ofSeconds(10), System::nanoTime);
    bar.start(Duration.ofMillis(200));
    return bar;
  }

  private UncheckedIOException writeReports(RunResult result) {
    UncheckedIOException first = null;
    for (RunPlan.Report report : plan.reports()) {
      try {
        Files.createDirectories(report.directory());
        report.writer().write(result, report.directory());
      } catch (IOException | RuntimeException e) {
        String message = "cannot write a report to " + report.directory() + ": "
            + redactor.describe(e);
        plan.err().println("qacatalog-eval: error: " + message
            + " (the run log holds every answer; the previous report, if any, is unchanged)");
        if (first == null) {
          first = new UncheckedIOException(message,
              e instanceof IOException io ? io : new IOException(e));
        }
      }
    }
    return first;
  }

  private void closeLog() {
    if (log != null) {
      try {
        log.close();
      } catch (IOException e) {
        plan.err().println("qacatalog-eval: warning: cannot close the run log: " + e);
      }
    }
  }

  private static ItemResult await(Future<ItemResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("the evaluation was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** One task: the answer (from the log or the model), its scores, its grade; logged. */
  private ItemResult evaluate(Task task) throws InterruptedException {
    QaItem item = task.item();
    Expectation expectation = plan.expectation().apply(item);
    String questionHash = Hashes.sha256(task.asked());
    Optional<RunRecord> cached = log == null ? Optional.empty()
        : log.cached(task.model().name(), task.variant(), promptHash, questionHash, task.wording(),
            task.sample());
    Answer answer;
    if (cached.isPresent()) {
      RunRecord r = cached.get();
      answer = new Answer(r.response(), r.inputTokens(), r.outputTokens(), r.responseModel(),
          r.durationMs(), 0);
    } else {
      CallResult<ModelAnswer> call = caller.call(
          () -> task.model().answer(plan.systemPrompt(), task.asked()));
      if (!call.succeeded()) {
        String error = redactor.describe(call.failure()) + " (" + Scoring.attempts(call.attempts()) + ")";
        ItemResult failed = clean(result(task, expectation, Outcome.ERROR, List.of(), null, error,
            new Scoring.Scored(Map.of(), Map.of(), Map.of(), false), call.millis(), null, null,
            false, call.attempts()));
        append(failed, questionHash, null, Map.of());
        return failed;
      }
      ModelAnswer a = call.value();
      answer = new Answer(a.text(), a.inputTokens(), a.outputTokens(), a.responseModel(),
          call.millis(), call.attempts());
    }

    ScoringInput input = new ScoringInput(task.asked(), item.answer(), answer.text(), expectation);
    Scoring.Scored scored = scoring.score(plan.scorers().getOrDefault(expectation, List.of()),
        input, cached);
    Grading.Graded graded = Grading.grade(item.answer().isPresent(),
        expectation == Expectation.ANSWER, plan.thresholds().getOrDefault(expectation, Map.of()),
        scored.scores());
    ItemResult result = clean(result(task, expectation, graded.outcome(), graded.misses(),
        answer.text(), null, scored, answer.millis(), answer.inputTokens(), answer.outputTokens(),
        cached.isPresent(), answer.attempts()));
    if (cached.isEmpty() || scored.newModelScores()) {
      append(result, questionHash, answer.responseModel(), scored.scorerKeys());
    }
    return result;
  }

  /** What the model said, from the model or the log. */
  private record Answer(String text, Integer inputTokens, Integer outputTokens,
      String responseModel, long millis, int attempts) {}

  private static ItemResult result(Task task, Expectation expectation, Outcome outcome,
      List<String> misses, String response, String error, Scoring.Scored scored, long millis,
      Integer inputTokens, Integer outputTokens, boolean fromLog, int attempts) {
    QaItem item = task.item();
    return new ItemResult(item, item.question(), item.answer().orElse(null), item.category().title(),
        task.model().name(), task.variant(), task.sample(), expectation, outcome, response, error,
        scored.scores(), scored.details(), misses, millis, inputTokens, outputTokens, fromLog,
        attempts).withWording(task.wording(), task.asked());
  }

  /** The one place where texts are masked and made well-formed, before any writer sees them. */
  private ItemResult clean(ItemResult raw) {
    return raw.withTexts(text -> redactor.redact(SafeText.wellFormed(text)));
  }

  private void append(ItemResult r, String questionHash, String responseModel,
      Map<String, String> scorerKeys) {
    if (log == null) {
      return;
    }
    log.append(new RunRecord(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), r.model(),
        r.variant(), r.sample(), r.id(), r.category(), r.expectation().name(), questionHash,
        promptHash, r.response().orElse(null), r.error().orElse(null), r.outcome().name(),
        r.outcome().passed(), r.durationMillis(), r.attempts(),
        r.inputTokens().isPresent() ? r.inputTokens().getAsInt() : null,
        r.outputTokens().isPresent() ? r.outputTokens().getAsInt() : null,
        SafeText.wellFormed(redactor.redact(responseModel)), r.fromLog() ? "log" : "model",
        r.scores(), r.details(), scorerKeys, r.wording()));
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
