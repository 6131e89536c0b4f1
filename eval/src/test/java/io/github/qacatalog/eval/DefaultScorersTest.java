package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.qacatalog.eval.catalog.QaCatalog.OutOfScopeQa;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.Scorer;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in scorers as an evaluation uses them by default, and the LLM judge through the runner. */
class DefaultScorersTest {
  @TempDir Path dir;

  /** A judge model that replies with {@code reply(userMessage)}, counting calls. */
  static final class FakeJudgeModel implements ChatModel {
    final AtomicInteger calls = new AtomicInteger();
    private final Function<String, String> reply;

    FakeJudgeModel(Function<String, String> reply) {
      this.reply = reply;
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
      return ChatRequestParameters.builder().modelName("judge-model").build();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      calls.incrementAndGet();
      String user = ((dev.langchain4j.data.message.UserMessage) request.messages().get(1)).singleText();
      return ChatResponse.builder().aiMessage(AiMessage.from(reply.apply(user))).build();
    }
  }

  private static final String FULL = "{\"completeness\": \"full\", \"accuracy\": \"accurate\","
      + " \"hallucinations\": \"none\", \"format\": \"ok\", \"reason\": \"Says what the gold answer says.\"}";

  private Evaluation.Builder defaults(AnswerModel model) {
    return Evaluation.builder()
        .model(model)
        .context(Fakes.CONTEXT)
        .expect(OutOfScopeQa.class, Expectation.REFUSAL)
        .retry(RetryPolicy.NONE)
        .progress(false)
        .out(new Fakes.Output().out);
  }

  @Test
  void answersGetSimilarityAndTokenF1AndRefusalsTheRefusalDetector() {
    Evaluation evaluation = defaults(new Fakes.OracleModel()).items(QaCatalog.all()).build();
    assertThat(evaluation.scorers(Expectation.ANSWER).stream().map(Scorer::name).toList())
        .containsExactly("similarity", "token_f1").inOrder();
    assertThat(evaluation.scorers(Expectation.REFUSAL).stream().map(Scorer::name).toList())
        .containsExactly("refusal");
    assertThat(evaluation.thresholds(Expectation.ANSWER)).containsExactly("similarity", 0.6);
    assertThat(evaluation.thresholds(Expectation.REFUSAL)).containsExactly("refusal", 1.0);

    RunResult result = evaluation.run();

    ItemResult colour = result.get(ProductFacts.COLOUR);
    assertThat(colour.score("similarity").getAsDouble()).isWithin(1e-4).of(1.0);
    assertThat(colour.score("token_f1").getAsDouble()).isWithin(1e-9).of(1.0);
    assertThat(colour.passed()).isTrue();
    assertThat(result.passRate(OutOfScopeQa.class)).isEqualTo(1.0);
    assertThat(result.get(OutOfScopeQa.Q1).scores()).containsExactly("refusal", 1.0);
  }

  @Test
  void aWrongAnswerFailsAndAnAnswerToAnOutOfScopeQuestionIsNoRefusal() {
    RunResult result = defaults(AnswerModel.of("wrong", (s, u) -> "Bill Gates founded it in 1975."))
        .items(ProductFacts.COLOUR, OutOfScopeQa.Q1).build().run();
    assertThat(result.get(ProductFacts.COLOUR).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.get(OutOfScopeQa.Q1).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.get(OutOfScopeQa.Q1).misses()).containsExactly("refusal 0.000 < 1.000");
  }

  @Test
  void theJudgeGradesAnswersItsVerdictIsLoggedAndReused() throws Exception {
    FakeJudgeModel judge = new FakeJudgeModel(user -> FULL);
    Path log = dir.resolve("log.jsonl");
    RunResult result = defaults(new Fakes.OracleModel()).items(QaCatalog.all())
        .judge(judge).log(log).build().run();

    assertThat(judge.calls.get()).isEqualTo(4); // the four answers with a gold answer
    ItemResult colour = result.get(ProductFacts.COLOUR);
    assertThat(colour.scores()).containsEntry("judge", 1.0);
    assertThat(colour.details()).containsExactly("judge_parsed", "true", "judge_completeness", "full",
        "judge_accuracy", "accurate", "judge_hallucinations", "none", "judge_format", "ok",
        "judge_passed", "true", "judge_reason", "Says what the gold answer says.").inOrder();
    RunRecord logged = RunLog.read(log).stream().filter(r -> r.id().equals("colour")).findFirst().orElseThrow();
    assertThat(logged.details()).containsEntry("judge_completeness", "full");
    assertThat(logged.scorerKeys().get("judge")).startsWith("judge-model|rubric-");

    FakeJudgeModel again = new FakeJudgeModel(user -> FULL);
    Fakes.Output output = new Fakes.Output();
    defaults(new Fakes.OracleModel()).items(QaCatalog.all()).judge(again).log(log).out(output.out)
        .build().run();
    assertThat(again.calls.get()).isEqualTo(0);
    assertThat(output.lastLine()).isEqualTo("answers: 0 from the model, 8 from the log, 0 failed, of 8 questions; 0 calls to the model");
  }

  @Test
  void anUnreadableVerdictIsAResultSayingSoAndAFailingJudgeIsRetried() throws Exception {
    AtomicInteger failures = new AtomicInteger();
    FakeJudgeModel judge = new FakeJudgeModel(user -> {
      if (user.contains("Acme widget is blue") && failures.getAndIncrement() == 0) {
        throw new IllegalStateException("judge overloaded");
      }
      return user.contains("250 grams") ? "I think it is fine." : FULL;
    });
    Path csv = dir.resolve("results.csv");
    RunResult result = defaults(new Fakes.OracleModel())
        .items(ProductFacts.COLOUR, ProductFacts.WEIGHT)
        .judge(judge)
        .retry(RetryPolicy.attempts(2).withBackoff(Duration.ZERO, 1, Duration.ZERO))
        .csv(csv)
        .build()
        .run();

    assertThat(result.get(ProductFacts.COLOUR).details()).containsEntry("judge_completeness", "full");
    ItemResult weight = result.get(ProductFacts.WEIGHT);
    assertThat(weight.score("judge").isPresent()).isFalse();
    assertThat(weight.details()).containsEntry("judge_parsed", "false");
    assertThat(weight.details().get("judge_reason")).startsWith("unparsed: ");
    assertThat(weight.passed()).isTrue(); // the judge has no threshold unless one is set
    assertThat(Files.readAllLines(csv).get(0)).isEqualTo("model,variant,sample,category,id,question,wording,asked,"
        + "response,gold_answer,expectation,passed,similarity,token_f1,judge,outcome,error,duration_ms,attempts,"
        + "input_tokens,output_tokens,source,judge_parsed,judge_completeness,judge_accuracy,judge_hallucinations,"
        + "judge_format,judge_passed,judge_reason,judge_raw");
  }

  @Test
  void aJudgeThresholdMakesTheVerdictCount() {
    FakeJudgeModel judge = new FakeJudgeModel(user -> FULL.replace("\"full\"", "\"none\"")
        .replace("\"accurate\"", "\"inaccurate\""));
    RunResult result = defaults(new Fakes.OracleModel()).items(List.of(ProductFacts.COLOUR))
        .judge(judge).threshold(Expectation.ANSWER, "judge", 0.75).build().run();
    assertThat(result.get(ProductFacts.COLOUR).misses()).containsExactly("judge 0.500 < 0.750"); // format ok counts: (0 + 0 + 1 + 1) / 4
  }
}
