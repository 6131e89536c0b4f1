package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.result.RunResult;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  /** Holds the first calls until {@code limit} of them are in at once, then lets every call through. */
  static final class GateModel implements AnswerModel {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final CountDownLatch allIn;

    GateModel(int limit) {
      allIn = new CountDownLatch(limit);
    }

    @Override
    public String name() {
      return "gate";
    }

    @Override
    public ModelAnswer answer(String systemPrompt, String userMessage) throws Exception {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        allIn.countDown();
        allIn.await(); // no call returns before `limit` calls were in at the same time
        return ModelAnswer.of(Fakes.REFUSAL);
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  @Test
  void neverMoreCallsAtOnceThanTheBoundAndAsManyAsIt() {
    GateModel model = new GateModel(3);
    RunResult result = Fakes.evaluation(model, null, new Fakes.Output())
        .items(io.github.qacatalog.eval.catalog.QaCatalog.all())
        .concurrency(3)
        .build()
        .run();

    assertThat(model.maxInFlight.get()).isEqualTo(3);
    assertThat(result.errors()).isEqualTo(0);
    assertThat(result.answersFromModel()).isEqualTo(8);
  }

  @Test
  void concurrencyOneAsksOneAtATime() {
    GateModel model = new GateModel(1);
    Fakes.evaluation(model, null, new Fakes.Output())
        .items(io.github.qacatalog.eval.catalog.QaCatalog.all()).concurrency(1).build().run();

    assertThat(model.maxInFlight.get()).isEqualTo(1);
  }
}
