package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeoutTest {
  @TempDir Path dir;
  private final CountDownLatch never = new CountDownLatch(1);

  @AfterEach
  void release() {
    never.countDown();
  }

  @Test
  void aCallThatNeverReturnsIsATimeoutFailureAndTheRunFinishes() throws Exception {
    AnswerModel model = new AnswerModel() {
      @Override
      public String name() {
        return "stuck on Q2";
      }

      @Override
      public ModelAnswer answer(String systemPrompt, String userMessage) throws Exception {
        if (userMessage.equals(QaCatalog.OutOfScopeQa.Q2.question())) {
          never.await(); // blocks until the test ends, or until interrupted
        }
        return ModelAnswer.of(Fakes.REFUSAL);
      }
    };
    Fakes.Output output = new Fakes.Output();
    Path log = dir.resolve("log.jsonl");

    RunResult result = Fakes.evaluation(model, log, output)
        .items(QaCatalog.OutOfScopeQa.values())
        .timeout(Duration.ofMillis(200))
        .build()
        .run();

    ItemResult q2 = result.get(QaCatalog.OutOfScopeQa.Q2);
    assertThat(q2.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(q2.error()).hasValue("CallTimeoutException: no answer within 200 ms (1 attempt)");
    assertThat(result.get(QaCatalog.OutOfScopeQa.Q1).passed()).isTrue();
    assertThat(result.get(QaCatalog.OutOfScopeQa.Q3).passed()).isTrue();
    assertThat(output.out()).contains("failed calls: 1");
    assertThat(output.lastLine()).isEqualTo("answers: 2 from the model, 0 from the log, 1 failed, of 3 questions; 3 calls to the model");
    // The failure is logged, but not as an answer: the next run asks Q2 again.
    assertThat(io.github.qacatalog.eval.store.RunLog.read(log).stream()
        .filter(r -> "ERROR".equals(r.outcome())).count()).isEqualTo(1);
    never.countDown();
    Fakes.Output second = new Fakes.Output();
    Fakes.evaluation(model, log, second).items(QaCatalog.OutOfScopeQa.values()).build().run();
    assertThat(second.lastLine()).isEqualTo("answers: 1 from the model, 2 from the log, 0 failed, of 3 questions; 1 call to the model");
  }
}
