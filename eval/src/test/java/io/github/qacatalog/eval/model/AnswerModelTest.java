package io.github.qacatalog.eval.model;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerModelTest {

  /** Replies with a fixed response and records the requests. */
  static final class FakeChatModel implements ChatModel {
    final List<ChatRequest> requests = new ArrayList<>();
    private final String modelName;
    private final ChatResponse response;

    FakeChatModel(String modelName, ChatResponse response) {
      this.modelName = modelName;
      this.response = response;
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
      return ChatRequestParameters.builder().modelName(modelName).build();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      requests.add(request);
      return response;
    }
  }

  @Test
  void aChatModelGetsOneSystemAndOneUserMessageAndReportsItsUsage() throws Exception {
    FakeChatModel chat = new FakeChatModel("gpt-4o-mini", ChatResponse.builder()
        .aiMessage(AiMessage.from("Blue."))
        .tokenUsage(new TokenUsage(120, 3))
        .modelName("gpt-4o-mini-2024-07-18")
        .build());
    AnswerModel model = AnswerModel.of(chat);

    ModelAnswer answer = model.answer("Answer from: the widget is blue.", "What colour?");

    assertThat(model.name()).isEqualTo("gpt-4o-mini");
    assertThat(answer).isEqualTo(new ModelAnswer("Blue.", 120, 3, "gpt-4o-mini-2024-07-18"));
    assertThat(chat.requests).hasSize(1);
    assertThat(chat.requests.get(0).messages()).containsExactly(
        SystemMessage.from("Answer from: the widget is blue."), UserMessage.from("What colour?")).inOrder();
  }

  @Test
  void withoutUsageTheCountsAreEmpty() throws Exception {
    FakeChatModel chat = new FakeChatModel(null, ChatResponse.builder().aiMessage(AiMessage.from("Blue.")).build());
    ModelAnswer answer = AnswerModel.of("local", chat).answer("s", "u");
    assertThat(answer.inputTokenCount().isPresent()).isFalse();
    assertThat(answer.outputTokenCount().isPresent()).isFalse();
    assertThat(answer.reportedModel()).isEmpty();
  }

  @Test
  void aChatModelWithoutModelNameMustBeNamed() {
    FakeChatModel chat = new FakeChatModel(null, null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnswerModel.of(chat));
    assertThat(e).hasMessageThat().contains("AnswerModel.of(\"my-model\", chatModel)");
    assertThat(AnswerModel.of("mine", chat).name()).isEqualTo("mine");
  }

  @Test
  void aFunctionIsAModel() throws Exception {
    AnswerModel model = AnswerModel.of("echo", (system, user) -> system + " / " + user);
    assertThat(model.name()).isEqualTo("echo");
    assertThat(model.answer("s", "u")).isEqualTo(ModelAnswer.of("s / u"));
    AnswerModel silent = AnswerModel.of("silent", (system, user) -> null);
    assertThrows(IllegalStateException.class, () -> silent.answer("s", "u"));
    assertThrows(IllegalArgumentException.class, () -> AnswerModel.of(" ", (s, u) -> ""));
  }
}
