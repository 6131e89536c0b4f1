package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.Score;
import io.github.qacatalog.eval.scorer.Scorer;
import io.github.qacatalog.eval.scorer.ScoringInput;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scorer that calls a model (a judge): its calls get timeout and retries, its results are logged and reused. */
class CachedScorerTest {
  @TempDir Path dir;
  private final CountDownLatch never = new CountDownLatch(1);

  @AfterEach
  void release() {
    never.countDown();
  }

  /** Grades with a verdict and a reason; fails the first {@code failures} calls. */
  static class FakeJudge implements Scorer {
    final AtomicInteger calls = new AtomicInteger();
    private final String key;
    private final int failures;

    FakeJudge(String key, int failures) {
      this.key = key;
      this.failures = failures;
    }

    @Override
    public String name() {
      return "judge";
    }

    @Override
    public Optional<String> cacheKey() {
      return Optional.of(key);
    }

    @Override
    public Score score(ScoringInput in) {
      if (calls.incrementAndGet() <= failures) {
        throw new IllegalStateException("judge overloaded");
      }
      return new Score(Map.of("judge", 1.0), Map.of("completeness", "FULL", "reason", "matches the gold answer"));
    }
  }

  private RunResult run(FakeJudge judge, Fakes.Output output, RetryPolicy retry) {
    return Fakes.evaluation(new Fakes.OracleModel(), dir.resolve("log.jsonl"), output)
        .items(List.of(QaCatalog.ProductFacts.COLOUR, QaCatalog.ProductFacts.WEIGHT))
        .addScorer(Expectation.ANSWER, judge)
        .retry(retry)
        .sleeper(d -> {})
        .build()
        .run();
  }

  @Test
  void judgeResultsAreRetriedLoggedAndReusedWhileTheJudgeStaysTheSame() throws Exception {
    FakeJudge judge = new FakeJudge("judge-model|rubric-1", 1);
    RunResult first = run(judge, new Fakes.Output(), RetryPolicy.attempts(2));

    assertThat(judge.calls.get()).isEqualTo(3); // one failure, retried
    ItemResult colour = first.get(QaCatalog.ProductFacts.COLOUR);
    assertThat(colour.scores()).containsEntry("judge", 1.0);
    assertThat(colour.details()).containsExactly(
        "judge_completeness", "FULL", "judge_reason", "matches the gold answer");
    RunRecord logged = RunLog.read(dir.resolve("log.jsonl")).get(0);
    assertThat(logged.details()).containsEntry("judge_reason", "matches the gold answer");
    assertThat(logged.scorerKeys()).containsExactly("judge", "judge-model|rubric-1");

    FakeJudge same = new FakeJudge("judge-model|rubric-1", 0);
    Fakes.Output output = new Fakes.Output();
    RunResult second = run(same, output, RetryPolicy.NONE);
    assertThat(same.calls.get()).isEqualTo(0);
    assertThat(second.get(QaCatalog.ProductFacts.COLOUR).details()).containsEntry("judge_completeness", "FULL");
    assertThat(output.lastLine()).isEqualTo("answers: 0 from the model, 2 from the log, 0 failed, of 2 questions; 0 calls to the model");
    assertThat(RunLog.read(dir.resolve("log.jsonl"))).hasSize(2);

    // Another judge (or rubric): the answers still come from the log, the judge is asked again,
    // and one record per answer is appended with the new verdict.
    FakeJudge other = new FakeJudge("judge-model|rubric-2", 0);
    run(other, new Fakes.Output(), RetryPolicy.NONE);
    assertThat(other.calls.get()).isEqualTo(2);
    List<RunRecord> records = RunLog.read(dir.resolve("log.jsonl"));
    assertThat(records).hasSize(4);
    assertThat(records.get(3).source()).isEqualTo("log");
    assertThat(records.get(3).scorerKeys()).containsExactly("judge", "judge-model|rubric-2");
  }

  @Test
  void aJudgeThatFailsOrHangsLeavesAnErrorDetailNotAnException() {
    Scorer hanging = new FakeJudge("k", 0) {
      @Override
      public Score score(ScoringInput in) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return Score.of("judge", 0);
      }
    };
    RunResult result = Fakes.evaluation(new Fakes.OracleModel(), null, new Fakes.Output())
        .items(List.of(QaCatalog.ProductFacts.COLOUR))
        .addScorer(Expectation.ANSWER, hanging)
        .timeout(Duration.ofMillis(200))
        .build()
        .run();

    ItemResult colour = result.get(QaCatalog.ProductFacts.COLOUR);
    assertThat(colour.details()).containsEntry("judge_error", "CallTimeoutException: no answer within 200 ms (1 attempt)");
    assertThat(colour.passed()).isTrue(); // the judge has no threshold by default
  }
}
