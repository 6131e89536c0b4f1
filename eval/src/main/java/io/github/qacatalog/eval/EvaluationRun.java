package io.github.qacatalog.eval;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.log.LogRecord;
import io.github.qacatalog.eval.log.RunLog;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.scoring.Score;
import io.github.qacatalog.eval.scoring.Scorer;
import io.github.qacatalog.eval.scoring.ScoringInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** One run of an {@link Evaluation}. */
final class EvaluationRun {
  private static final long TICK_MILLIS = 200;

  private final Evaluation evaluation;
  private final String promptHash;
  private final Redactor redactor;
  private RunLog log;
  private Caller caller;
  private ProgressBar bar;

  EvaluationRun(Evaluation evaluation) {
    this.evaluation = evaluation;
    this.promptHash = Hashes.sha256(evaluation.systemPrompt);
    this.redactor = Redactor.fromEnvironment(evaluation.secrets);
  }

  EvaluationResult run() {
    ExecutorService workers = Executors.newFixedThreadPool(
        evaluation.concurrency, daemonThreads("qacatalog-eval-worker-"));
    ExecutorService calls = Executors.newCachedThreadPool(daemonThreads("qacatalog-eval-call-"));
    List<ItemResult> results = new ArrayList<>();
    try {
      if (evaluation.log != null) {
        log = RunLog.open(evaluation.log, redactor::redact,
            warning -> evaluation.err.println("qacatalog-eval: warning: " + warning));
      }
      caller = new Caller(evaluation.retry, evaluation.timeout, calls, evaluation.sleeper,
          evaluation.random);
      bar = new ProgressBar(evaluation.err, ProgressBar.stderrIsTerminal(),
          evaluation.items.size(), evaluation.progressDelay, Duration.ofSeconds(10), System::nanoTime);
      List<Future<ItemResult>> futures = new ArrayList<>();
      for (QaItem item : evaluation.items) {
        futures.add(workers.submit(() -> evaluate(item)));
      }
      for (Future<ItemResult> future : futures) {
        results.add(await(future));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the run log " + evaluation.log, e);
    } finally {
      workers.shutdownNow();
      calls.shutdownNow();
      if (bar != null && evaluation.progress) {
        bar.close();
      }
      if (log != null) {
        try {
          log.close();
        } catch (IOException e) {
          evaluation.err.println("qacatalog-eval: warning: cannot close the run log: " + e);
        }
      }
    }
    EvaluationResult result = new EvaluationResult(evaluation.model.name(), results, redactor);
    if (evaluation.csv != null) {
      result.writeCsv(evaluation.csv);
    }
    evaluation.out.print(redactor.redact(result.table()));
    if (result.errors() > 0) {
      evaluation.out.println("failed calls: " + result.errors()
          + " (after every retry; see the error column of the report)");
    }
    evaluation.out.println(result.answersLine());
    evaluation.out.flush();
    return result;
  }

  private ItemResult await(Future<ItemResult> future) {
    while (true) {
      try {
        return future.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (evaluation.progress) {
          bar.tick();
        }
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
  }

  private ItemResult evaluate(QaItem item) throws InterruptedException {
    Expectation expectation = evaluation.expectationOf(item);
    String modelName = evaluation.model.name();
    String questionHash = Hashes.sha256(item.question());
    Optional<LogRecord> cached = log == null
        ? Optional.empty() : log.cached(modelName, promptHash, questionHash);

    String response;
    Integer inputTokens;
    Integer outputTokens;
    String responseModel;
    long durationMillis;
    if (cached.isPresent()) {
      LogRecord r = cached.get();
      response = r.response();
      inputTokens = r.inputTokens();
      outputTokens = r.outputTokens();
      responseModel = r.responseModel();
      durationMillis = r.durationMs();
    } else {
      long start = System.nanoTime();
      Caller.Outcome<ModelAnswer> call =
          caller.call(() -> evaluation.model.answer(evaluation.systemPrompt, item.question()));
      durationMillis = (System.nanoTime() - start) / 1_000_000;
      if (!call.succeeded()) {
        String error = redactor.describe(call.failure()) + " (" + attempts(call.attempts()) + ")";
        ItemResult failed = new ItemResult(item, modelName, expectation, Outcome.ERROR, null, error,
            Map.of(), Map.of(), List.of(), durationMillis, null, null, false);
        append(failed, questionHash, null, Map.of(), false);
        bar.finished(false);
        return failed;
      }
      ModelAnswer answer = call.value();
      response = answer.text();
      inputTokens = answer.inputTokens();
      outputTokens = answer.outputTokens();
      responseModel = answer.responseModel();
    }

    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, String> details = new LinkedHashMap<>();
    Map<String, String> scorerKeys = new LinkedHashMap<>();
    boolean newModelScores = false;
    ScoringInput input = new ScoringInput(item.question(), item.answer(), response, expectation);
    for (Scorer scorer : evaluation.scorers(expectation)) {
      if (scorer.needsGoldAnswer() && item.answer().isEmpty()) {
        continue;
      }
      String name = scorer.name();
      Optional<String> key = scorer.cacheKey();
      if (key.isPresent() && cached.isPresent()
          && key.get().equals(cached.get().scorerKeys().get(name))) {
        LogRecord r = cached.get();
        r.scores().forEach((k, v) -> {
          if (ownedBy(k, name)) {
            scores.put(k, v);
          }
        });
        r.details().forEach((k, v) -> {
          if (ownedBy(k, name)) {
            details.put(k, v);
          }
        });
        scorerKeys.put(name, key.get());
      } else if (key.isPresent()) {
        Caller.Outcome<Score> call = caller.call(() -> scorer.score(input));
        if (call.succeeded()) {
          add(call.value(), name, scores, details);
          scorerKeys.put(name, key.get());
          newModelScores = true;
        } else {
          details.put(name + "_error",
              redactor.describe(call.failure()) + " (" + attempts(call.attempts()) + ")");
        }
      } else {
        try {
          add(scorer.score(input), name, scores, details);
        } catch (InterruptedException e) {
          throw e;
        } catch (Exception | LinkageError e) {
          details.put(name + "_error", redactor.describe(e));
        }
      }
    }

    List<String> misses = new ArrayList<>();
    Outcome outcome;
    if (expectation == Expectation.ANSWER && item.answer().isEmpty()) {
      outcome = Outcome.NO_GOLD_ANSWER;
    } else {
      evaluation.thresholds(expectation).forEach((name, minimum) -> {
        Double value = scores.get(name);
        if (value == null) {
          misses.add("no " + name + " score");
        } else if (value < minimum) {
          misses.add(name + " " + ItemResult.format(value) + " < " + ItemResult.format(minimum));
        }
      });
      outcome = misses.isEmpty() ? Outcome.PASSED : Outcome.FAILED;
    }
    ItemResult result = new ItemResult(item, modelName, expectation, outcome, response, null,
        scores, details, misses, durationMillis, inputTokens, outputTokens, cached.isPresent());
    if (cached.isEmpty() || newModelScores) {
      append(result, questionHash, responseModel, scorerKeys, cached.isPresent());
    }
    bar.finished(cached.isPresent());
    return result;
  }

  private void append(ItemResult r, String questionHash, String responseModel,
      Map<String, String> scorerKeys, boolean fromLog) {
    if (log == null) {
      return;
    }
    Boolean passed = switch (r.outcome()) {
      case PASSED -> Boolean.TRUE;
      case FAILED, ERROR -> Boolean.FALSE;
      case NO_GOLD_ANSWER -> null;
    };
    log.append(new LogRecord(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), r.model(), r.id(), r.category(),
        r.expectation().name(), questionHash, promptHash, r.response().orElse(null),
        r.error().orElse(null), r.outcome().name(), passed, r.durationMillis(),
        r.inputTokens().isPresent() ? r.inputTokens().getAsInt() : null,
        r.outputTokens().isPresent() ? r.outputTokens().getAsInt() : null,
        responseModel, fromLog ? "log" : "model", r.scores(), r.details(), scorerKeys));
  }

  private static void add(Score score, String scorer, Map<String, Double> scores,
      Map<String, String> details) {
    Score owned = score.prefixedWith(scorer);
    scores.putAll(owned.values());
    details.putAll(owned.details());
  }

  private static boolean ownedBy(String name, String scorer) {
    return name.equals(scorer) || name.startsWith(scorer + "_");
  }

  private static String attempts(int n) {
    return n == 1 ? "1 attempt" : n + " attempts";
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
