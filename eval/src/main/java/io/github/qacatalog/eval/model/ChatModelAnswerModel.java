package io.github.qacatalog.eval.model;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Objects;

/** A LangChain4j chat model: one system message and one user message per call. */
final class ChatModelAnswerModel implements AnswerModel {
  private final String name;
  private final ChatModel model;

  ChatModelAnswerModel(String name, ChatModel model) {
    this.name = ModelNames.checked(name);
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ModelAnswer answer(String systemPrompt, String userMessage) {
    ChatResponse response = model.chat(ChatRequest.builder()
        .messages(SystemMessage.from(systemPrompt), UserMessage.from(userMessage))
        .build());
    String text = response.aiMessage() == null ? null : response.aiMessage().text();
    if (text == null) {
      throw new IllegalStateException("the model's response holds no text");
    }
    TokenUsage usage = response.tokenUsage();
    return new ModelAnswer(
        text,
        usage == null ? null : usage.inputTokenCount(),
        usage == null ? null : usage.outputTokenCount(),
        response.modelName());
  }

  @Override
  public String toString() {
    return "AnswerModel[" + name + ", " + model.getClass().getSimpleName() + "]";
  }
}
