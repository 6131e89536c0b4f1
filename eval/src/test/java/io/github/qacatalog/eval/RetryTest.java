package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import dev.langchain4j.exception.AuthenticationException;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.report.ConsoleTable;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  /** Fails the first {@code failures} calls with {@code error}, then refuses. */
  static AnswerModel failing(int failures, RuntimeException error, AtomicInteger calls) {
    return new AnswerModel() {
      @Override
      public String name() {
        return "flaky";
      }

      @Override
      public ModelAnswer answer(String systemPrompt, String userMessage) {
        if (calls.incrementAndGet() <= failures) {
          throw error;
        }
        return ModelAnswer.of(Fakes.REFUSAL);
      }
    };
  }

  private Evaluation.Builder evaluation(AnswerModel model, RetryPolicy retry) {
    return Fakes.evaluation(model, null, new Fakes.Output())
        .items(List.of(QaCatalog.OutOfScopeQa.Q1))
        .retry(retry)
        .sleeper(waits::add)
        .random(() -> 0.5);
  }

  @Test
  void aFailedCallIsRetriedAfterABackoff() {
    AtomicInteger calls = new AtomicInteger();
    RetryPolicy retry = RetryPolicy.attempts(3).withBackoff(Duration.ofMillis(100), 2, Duration.ofSeconds(1));
    RunResult result = evaluation(failing(2, new IllegalStateException("503 busy"), calls), retry)
        .build().run();

    assertThat(calls.get()).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200)).inOrder();
    assertThat(result.get(QaCatalog.OutOfScopeQa.Q1).passed()).isTrue();
  }

  @Test
  void aCallThatFailsEveryAttemptIsAnErrorResultNotAnException() {
    AtomicInteger calls = new AtomicInteger();
    RunResult result = evaluation(
        failing(99, new IllegalStateException("503 busy"), calls), RetryPolicy.attempts(2)).build().run();

    assertThat(calls.get()).isEqualTo(2);
    ItemResult q1 = result.get(QaCatalog.OutOfScopeQa.Q1);
    assertThat(q1.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(q1.error()).hasValue("IllegalStateException: 503 busy (2 attempts)");
    assertThat(ConsoleTable.closingLine(result)).isEqualTo("answers: 0 from the model, 0 from the log, 1 failed, of 1 questions; 2 calls to the model");
  }

  @Test
  void aNonRetriableFailureIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    RunResult result = evaluation(
        failing(99, new AuthenticationException("wrong key"), calls), RetryPolicy.attempts(5)).build().run();

    assertThat(calls.get()).isEqualTo(1);
    assertThat(waits).isEmpty();
    assertThat(result.get(QaCatalog.OutOfScopeQa.Q1).error()).hasValue("AuthenticationException: wrong key (1 attempt)");
  }

  @Test
  void backoffGrowsExponentiallyUpToTheMaximumWithJitterEitherWay() {
    RetryPolicy retry = new RetryPolicy(6, Duration.ofSeconds(1), 2, Duration.ofSeconds(5), 0.25);
    assertThat(retry.backoff(1, 0.5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(retry.backoff(2, 0.5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(retry.backoff(3, 0.5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(retry.backoff(4, 0.5)).isEqualTo(Duration.ofSeconds(5));
    assertThat(retry.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(1500));
    assertThat(retry.backoff(2, 1.0)).isEqualTo(Duration.ofMillis(2500));
    assertThat(retry.backoff(4, 1.0)).isEqualTo(Duration.ofSeconds(5)); // jitter never passes the maximum
    assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(3);
  }
}
