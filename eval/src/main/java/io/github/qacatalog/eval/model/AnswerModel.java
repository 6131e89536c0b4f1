package io.github.qacatalog.eval.model;

import dev.langchain4j.model.chat.ChatModel;
import java.util.function.BiFunction;

/**
 * The model under test, as an evaluation sees it: a name and one call, a system prompt and a user
 * message in, a response out.
 *
 * <p>The name is part of the cache key of the run log: answers logged under one name are reused
 * only by a model of the same name. Give a different name to a different model, or to the same
 * model with different settings (temperature, ...) when their answers should not be mixed.
 *
 * <p>Any LangChain4j {@link ChatModel} plugs in through {@link #of(ChatModel)}; anything else (a
 * Spring AI {@code ChatClient}, a local function) through {@link
 * #of(String, BiFunction)}. Implementations must be safe to call from several threads at once.
 */
public interface AnswerModel {

  /** The model's name: logged with every answer, and part of the cache key. */
  String name();

  /**
   * Asks the model once. Throwing is how a call fails: the evaluation retries it, and records it as
   * a failed result when no retry succeeds.
   */
  ModelAnswer answer(String systemPrompt, String userMessage) throws Exception;

  /**
   * A LangChain4j chat model, named by the model name of its default request parameters (such as
   * {@code gpt-4o-mini}). Fails when the model has no such name; use {@link #of(String, ChatModel)}
   * then.
   */
  static AnswerModel of(ChatModel model) {
    return new ChatModelAnswerModel(
        ModelNames.of(model, "AnswerModel.of(\"my-model\", chatModel)"), model);
  }

  /** A LangChain4j chat model under the given name. */
  static AnswerModel of(String name, ChatModel model) {
    return new ChatModelAnswerModel(name, model);
  }

  /**
   * A plain function from system prompt and user message to response text, for example a Spring AI
   * call: {@code AnswerModel.of("gpt-4o-mini via Spring AI", (system, user) ->
   * chatClient.prompt().system(system).user(user).call().content())}.
   */
  static AnswerModel of(String name, BiFunction<String, String, String> function) {
    return new FunctionAnswerModel(name, function);
  }
}
