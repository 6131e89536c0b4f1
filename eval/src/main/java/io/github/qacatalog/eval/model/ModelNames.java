package io.github.qacatalog.eval.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.util.Objects;

/** The one place that names a model: from a LangChain4j chat model, or a name given. */
public final class ModelNames {
  private ModelNames() {}

  /**
   * The model name of a chat model's default request parameters, such as {@code gpt-4o-mini}.
   *
   * @throws IllegalArgumentException when it names none; {@code hint} says how to name it instead
   */
  public static String of(ChatModel model, String hint) {
    Objects.requireNonNull(model, "model");
    ChatRequestParameters parameters = model.defaultRequestParameters();
    String name = parameters == null ? null : parameters.modelName();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(model.getClass().getSimpleName()
          + " names no model in its default request parameters; name it: " + hint);
    }
    return name;
  }

  /** A name given by the user: not blank. */
  public static String checked(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a model name must not be blank");
    }
    return name;
  }
}
