package io.github.qacatalog.eval;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The program {@link ResumeAfterKillTest} runs in a JVM of its own and kills: an evaluation of the
 * test catalog whose model fails its first call with a message that holds the environment's
 * {@code OPENAI_API_KEY}, answers the next calls up to {@code args[1]} in all, and then hangs.
 */
public final class KillableRun {
  private KillableRun() {}

  public static void main(String[] args) throws Exception {
    Path log = Path.of(args[0]);
    int answered = Integer.parseInt(args[1]);
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch never = new CountDownLatch(1);
    AnswerModel model = new AnswerModel() {
      @Override
      public String name() {
        return "oracle";
      }

      @Override
      public ModelAnswer answer(String systemPrompt, String userMessage) throws Exception {
        int call = calls.incrementAndGet();
        if (call == 1) {
          throw new IllegalStateException("401 Unauthorized: Incorrect API key provided: "
              + System.getenv("OPENAI_API_KEY") + ". Find your key at the dashboard.");
        }
        if (call > answered) {
          never.await();
        }
        return ModelAnswer.of(new Fakes.OracleModel().answerTo(userMessage));
      }
    };
    Fakes.evaluation(model, log, new Fakes.Output())
        .items(QaCatalog.all())
        .concurrency(2)
        .build()
        .run();
    System.out.println("the run ended, which it should not have");
  }
}
