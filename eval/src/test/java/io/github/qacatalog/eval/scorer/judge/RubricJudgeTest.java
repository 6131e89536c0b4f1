package io.github.qacatalog.eval.scorer.judge;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.scorer.Score;
import io.github.qacatalog.eval.scorer.ScoringInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RubricJudgeTest {
  private static final String QUESTION = "What does the runtime library depend on?";
  private static final String GOLD = "Nothing but the JDK.";
  private static final String RESPONSE = "It only needs the JDK, no third-party libraries.";

  /** A user's own rubric, in their own words. */
  static final Rubric MINE = Rubric.of("portfolio",
      Criterion.of("accuracy", "Perfect", "Minor Error", "Major Error"),
      Criterion.of("conciseness", "Concise", "Verbose").weighted(0.5),
      Criterion.of("format", "Followed", "Ignored").weighted(0.5));

  /** A judge that records what it is asked and replies with a fixed text. */
  private static final class FakeJudge implements ChatModel {
    final List<ChatRequest> requests = new ArrayList<>();
    final String reply;
    final Set<Capability> capabilities;

    FakeJudge(String reply, Capability... capabilities) {
      this.reply = reply;
      this.capabilities = Set.of(capabilities);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      requests.add(request);
      return ChatResponse.builder().aiMessage(AiMessage.from(reply)).build();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
      return capabilities;
    }
  }

  private static Verdict grade(String reply) {
    return new RubricJudge("j", new FakeJudge(reply), MINE).grade(QUESTION, GOLD, RESPONSE);
  }

  @Test
  void aModelThatTakesAJsonSchemaGetsOneWithAnEnumOfLabelsPerCriterion() {
    FakeJudge model = new FakeJudge(
        "{\"accuracy\": \"Minor Error\", \"conciseness\": \"Concise\", \"format\": \"Followed\","
            + " \"reason\": \"One slip.\"}", Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    Verdict verdict = new RubricJudge("j", model, MINE).grade(QUESTION, GOLD, RESPONSE);

    assertThat(verdict).isEqualTo(Verdict.of(
        Map.of("accuracy", "Minor Error", "conciseness", "Concise", "format", "Followed"), "One slip."));
    ChatRequest request = model.requests.get(0);
    assertThat(request.responseFormat().type()).isEqualTo(ResponseFormatType.JSON);
    JsonObjectSchema schema = (JsonObjectSchema) request.responseFormat().jsonSchema().rootElement();
    assertThat(schema.properties().keySet())
        .containsExactly("accuracy", "conciseness", "format", "reason").inOrder();
    assertThat(((JsonEnumSchema) schema.properties().get("accuracy")).enumValues())
        .containsExactly("Perfect", "Minor Error", "Major Error").inOrder();
    assertThat(((JsonEnumSchema) schema.properties().get("conciseness")).enumValues())
        .containsExactly("Concise", "Verbose").inOrder();
    assertThat(schema.required()).containsExactly("accuracy", "conciseness", "format", "reason");
    String system = ((SystemMessage) request.messages().get(0)).text();
    assertThat(system).contains("\"Minor Error\"");
    assertThat(system).doesNotContain("Reply with one JSON object");
  }

  @Test
  void aModelWithoutJsonSchemaGetsTheSchemaDescribedInThePrompt() {
    FakeJudge model = new FakeJudge("{}");
    new RubricJudge("j", model, MINE).grade(QUESTION, GOLD, RESPONSE);

    ChatRequest request = model.requests.get(0);
    assertThat(request.responseFormat()).isNull();
    List<ChatMessage> messages = request.messages();
    assertThat(messages).hasSize(2);
    String system = ((SystemMessage) messages.get(0)).text();
    assertThat(system).contains("Reply with one JSON object and nothing else");
    assertThat(system).contains("\"accuracy\": \"Perfect|Minor Error|Major Error\"");
    assertThat(system).contains("\"conciseness\": \"Concise|Verbose\"");
    assertThat(system).contains("\"format\": \"Followed|Ignored\"");
    String user = ((UserMessage) messages.get(1)).singleText();
    assertThat(user.indexOf(QUESTION)).isLessThan(user.indexOf(GOLD));
    assertThat(user.indexOf(GOLD)).isLessThan(user.indexOf(RESPONSE));
  }

  @Test
  void aVerdictWithLightNoiseIsRead() {
    Map<String, String> labels =
        Map.of("accuracy", "Perfect", "conciseness", "Verbose", "format", "Followed");
    for (String noisy : List.of(
        "```json\n{\"accuracy\": \"Perfect\", \"conciseness\": \"Verbose\", \"format\": \"Followed\","
            + " \"reason\": \"ok\"}\n```",
        "Here is my verdict: {\"Accuracy\": \"perfect\", \"CONCISENESS\": \" verbose \","
            + " \"format\": \"FOLLOWED\", \"reason\": \"ok\"} Hope this helps.")) {
      Verdict verdict = grade(noisy);
      assertThat(verdict.parsed()).isTrue();
      assertThat(verdict.labels()).isEqualTo(labels);
      assertThat(verdict.reason()).isEqualTo("ok");
    }
  }

  @Test
  void aLabelTheRubricDoesNotHaveIsAnUnparsedVerdictWithTheRawTextKept() {
    String reply = "{\"accuracy\": \"Mostly right\", \"conciseness\": \"Concise\","
        + " \"format\": \"Followed\", \"reason\": \"close\"}";
    Verdict verdict = grade(reply);
    assertThat(verdict.parsed()).isFalse();
    assertThat(verdict.labels()).isEmpty();
    assertThat(verdict.raw()).isEqualTo(reply);
    assertThat(verdict.reason()).contains("accuracy \"Mostly right\" is none of Perfect, Minor Error, Major Error");
  }

  @Test
  void aMissingCriterionOrNoJsonIsUnparsed() {
    assertThat(grade("{\"accuracy\": \"Perfect\", \"reason\": \"short\"}").reason())
        .contains("no conciseness label");
    assertThat(grade("The response is great, 10/10.").parsed()).isFalse();
    assertThat(grade("").parsed()).isFalse();
  }

  @Test
  void theScoreIsTheRubricsWeightedMeanWithEachLabelInTheDetails() throws Exception {
    FakeJudge model = new FakeJudge("{\"accuracy\": \"Minor Error\", \"conciseness\": \"Concise\","
        + " \"format\": \"Ignored\", \"reason\": \"r\"}");
    Score score = new RubricJudge("j", model, MINE)
        .score(new ScoringInput(QUESTION, Optional.of(GOLD), RESPONSE, Expectation.ANSWER));
    // (1 * 0.5 + 0.5 * 1 + 0.5 * 0) / 2
    assertThat(score.values().get("judge")).isWithin(1e-9).of(0.5);
    assertThat(score.details()).containsEntry("judge_accuracy", "Minor Error");
    assertThat(score.details()).containsEntry("judge_conciseness", "Concise");
    assertThat(score.details()).containsEntry("judge_format", "Ignored");
    assertThat(score.details()).containsEntry("judge_passed", "false");
    assertThat(score.details()).containsEntry("judge_parsed", "true");
  }

  @Test
  void theCacheKeyCoversTheJudgeAndTheWholeRubric() {
    FakeJudge model = new FakeJudge("");
    String key = new RubricJudge("j", model, MINE).cacheKey().orElseThrow();
    assertThat(new RubricJudge("j", model, MINE).cacheKey()).hasValue(key);
    assertThat(new RubricJudge("k", model, MINE).cacheKey().orElseThrow()).isNotEqualTo(key);
    Rubric reweighted = Rubric.of("portfolio",
        Criterion.of("accuracy", "Perfect", "Minor Error", "Major Error"),
        Criterion.of("conciseness", "Concise", "Verbose").weighted(0.25),
        Criterion.of("format", "Followed", "Ignored").weighted(0.5));
    assertThat(new RubricJudge("j", model, reweighted).cacheKey().orElseThrow()).isNotEqualTo(key);
    assertThat(new RubricJudge("j", model, Rubric.DEFAULT).cacheKey().orElseThrow()).isNotEqualTo(key);
  }

  @Test
  void anEmptyResponseIsShownAsSuch() {
    assertThat(RubricJudge.userMessage(QUESTION, GOLD, "  ")).contains("(empty response)");
  }

  @Test
  void aFailingModelPropagates() {
    ChatModel failing = new ChatModel() {
      @Override
      public ChatResponse doChat(ChatRequest request) {
        throw new IllegalStateException("quota exceeded");
      }
    };
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> new RubricJudge("j", failing, MINE).grade(QUESTION, GOLD, RESPONSE));
    assertThat(thrown).hasMessageThat().contains("quota exceeded");
  }

  @Test
  void aCriterionCannotTakeTheNameOfADetail() {
    Rubric clash = Rubric.of("clash", Criterion.of("reason", "good", "bad"));
    assertThrows(IllegalArgumentException.class, () -> new RubricJudge("j", new FakeJudge(""), clash));
  }
}
