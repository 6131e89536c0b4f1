package io.github.qacatalog.eval.log;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the run log: one answer of one model to one question, with its scores, or the
 * failure of a call. Field names in the file are the snake_case forms of the component names.
 *
 * @param timestamp when the record was written, ISO-8601 in UTC
 * @param model the model's name (part of the cache key)
 * @param id the question's id
 * @param category the question's category title
 * @param expectation {@code ANSWER} or {@code REFUSAL}
 * @param questionHash SHA-256 of the question text, hex (part of the cache key)
 * @param promptHash SHA-256 of the system prompt with the context in it, hex (part of the cache key)
 * @param response the response, or {@code null} when the call failed
 * @param error the failure, {@code SimpleName: message} with secrets masked, or {@code null}
 * @param outcome {@code PASSED}, {@code FAILED}, {@code NO_GOLD_ANSWER} or {@code ERROR}
 * @param passed whether the answer passed, {@code null} when it was not graded (no gold answer, or
 *     failed call)
 * @param durationMs how long the call took, retries included, in milliseconds
 * @param inputTokens prompt tokens as the provider reported them, or {@code null}
 * @param outputTokens completion tokens as the provider reported them, or {@code null}
 * @param responseModel the model name the provider reported, or {@code null}
 * @param source {@code model} when the model was asked for this record, {@code log} when the
 *     response came from an earlier record and only scores from a model-calling scorer are new
 * @param scores named scores
 * @param details named texts, such as a judge's reason
 * @param scorerKeys the cache key of each model-calling scorer whose results the record holds
 */
public record LogRecord(
    String timestamp,
    String model,
    String id,
    String category,
    String expectation,
    String questionHash,
    String promptHash,
    String response,
    String error,
    String outcome,
    Boolean passed,
    long durationMs,
    Integer inputTokens,
    Integer outputTokens,
    String responseModel,
    String source,
    Map<String, Double> scores,
    Map<String, String> details,
    Map<String, String> scorerKeys) {

  /** Copies the maps (keeping their order) and checks the fields the cache needs. */
  public LogRecord {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(questionHash, "questionHash");
    Objects.requireNonNull(promptHash, "promptHash");
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores == null ? Map.of() : scores));
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details == null ? Map.of() : details));
    scorerKeys =
        Collections.unmodifiableMap(new LinkedHashMap<>(scorerKeys == null ? Map.of() : scorerKeys));
  }

  /** Whether the record holds an answer that a later run may reuse: a response and no error. */
  public boolean isAnswer() {
    return response != null && error == null;
  }

  /** The response, when the call succeeded. */
  public Optional<String> responseText() {
    return Optional.ofNullable(response);
  }
}
