package io.github.qacatalog.eval.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a model said: the text, and what the provider reported about the call when it reported it.
 *
 * @param text the response text
 * @param inputTokens prompt tokens, or {@code null} when the provider did not report them
 * @param outputTokens completion tokens, or {@code null} when the provider did not report them
 * @param responseModel the model name the provider reported (often a dated version of the requested
 *     name), or {@code null}
 */
public record ModelAnswer(String text, Integer inputTokens, Integer outputTokens, String responseModel) {

  /** Checks that there is a text; token counts and {@code responseModel} may be {@code null}. */
  public ModelAnswer {
    Objects.requireNonNull(text, "text");
  }

  /** An answer with a text only. */
  public static ModelAnswer of(String text) {
    return new ModelAnswer(text, null, null, null);
  }

  /** Prompt tokens, when reported. */
  public OptionalInt inputTokenCount() {
    return inputTokens == null ? OptionalInt.empty() : OptionalInt.of(inputTokens);
  }

  /** Completion tokens, when reported. */
  public OptionalInt outputTokenCount() {
    return outputTokens == null ? OptionalInt.empty() : OptionalInt.of(outputTokens);
  }

  /** The model name the provider reported, when it did. */
  public Optional<String> reportedModel() {
    return Optional.ofNullable(responseModel);
  }
}
