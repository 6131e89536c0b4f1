package io.github.qacatalog.eval.model;

import java.util.Objects;
import java.util.function.BiFunction;

/** A function from system prompt and user message to response text, under a name. */
final class FunctionAnswerModel implements AnswerModel {
  private final String name;
  private final BiFunction<String, String, String> function;

  FunctionAnswerModel(String name, BiFunction<String, String, String> function) {
    this.name = ModelNames.checked(name);
    this.function = Objects.requireNonNull(function, "function");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ModelAnswer answer(String systemPrompt, String userMessage) {
    String text = function.apply(systemPrompt, userMessage);
    if (text == null) {
      throw new IllegalStateException("the model function returned null");
    }
    return ModelAnswer.of(text);
  }

  @Override
  public String toString() {
    return "AnswerModel[" + name + "]";
  }
}
