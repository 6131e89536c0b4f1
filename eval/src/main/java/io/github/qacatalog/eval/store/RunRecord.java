package io.github.qacatalog.eval.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the run log: one answer of one model to one question (in one variant, one sample),
 * with its scores, or the failure of a call. Field names in the file are the snake_case forms of
 * the component names; lines written before {@code variant}, {@code sample}, {@code attempts} and
 * {@code wording} existed read as variant {@code default}, sample 1, attempts unknown (0) and
 * wording 0 (the question as written).
 *
 * @param timestamp when the record was written, ISO-8601 in UTC
 * @param model the model's name (part of the cache key)
 * @param variant the run's variant, {@code default} when it sets none (part of the cache key)
 * @param sample which answer of several to the same question, from 1 (part of the cache key)
 * @param id the question's id
 * @param category the question's category title
 * @param expectation {@code ANSWER} or {@code REFUSAL}
 * @param questionHash SHA-256 of the question text, hex (part of the cache key)
 * @param promptHash SHA-256 of the system prompt with the context in it, hex (part of the cache key)
 * @param response the response, or {@code null} when the call failed
 * @param error the failure, {@code SimpleName: message} with secrets masked, or {@code null}
 * @param outcome {@code PASSED}, {@code FAILED}, {@code NO_GOLD_ANSWER} or {@code ERROR}
 * @param passed whether the answer passed, {@code null} when it was not graded (no gold answer)
 * @param durationMs how long the call took, retries and waits included, in milliseconds
 * @param attempts calls made to the model for this record, retries included; 0 when the response
 *     came from an earlier record
 * @param inputTokens prompt tokens as the provider reported them, or {@code null}
 * @param outputTokens completion tokens as the provider reported them, or {@code null}
 * @param responseModel the model name the provider reported, or {@code null}
 * @param source {@code model} when the model was asked for this record (a failed call included),
 *     {@code log} when the response came from an earlier record and only a model-calling scorer's
 *     results are new
 * @param scores named scores
 * @param details named texts, such as a judge's reason
 * @param scorerKeys the cache key of each model-calling scorer whose results the record holds
 * @param wording which wording was asked: 0 for the question as written, n for its n-th paraphrase
 *     (part of the cache key, with {@code questionHash}, then the hash of the text asked)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"timestamp", "model", "variant", "sample", "wording", "id", "category", "expectation",
    "question_hash", "prompt_hash", "response", "error", "outcome", "passed", "duration_ms",
    "attempts", "input_tokens", "output_tokens", "response_model", "source", "scores", "details",
    "scorer_keys"})
public record RunRecord(
    String timestamp,
    String model,
    String variant,
    Integer sample,
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
    int attempts,
    Integer inputTokens,
    Integer outputTokens,
    String responseModel,
    String source,
    Map<String, Double> scores,
    Map<String, String> details,
    Map<String, String> scorerKeys,
    Integer wording) {

  /** The variant of records that name none. */
  public static final String DEFAULT_VARIANT = "default";

  /** Copies the maps (keeping their order), checks the fields the cache needs, fills defaults. */
  public RunRecord {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(questionHash, "questionHash");
    Objects.requireNonNull(promptHash, "promptHash");
    variant = variant == null ? DEFAULT_VARIANT : variant;
    sample = sample == null ? 1 : sample;
    wording = wording == null ? 0 : wording;
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores == null ? Map.of() : scores));
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details == null ? Map.of() : details));
    scorerKeys =
        Collections.unmodifiableMap(new LinkedHashMap<>(scorerKeys == null ? Map.of() : scorerKeys));
  }

  /** A record of the question as written (wording 0). */
  public RunRecord(String timestamp, String model, String variant, Integer sample, String id,
      String category, String expectation, String questionHash, String promptHash, String response,
      String error, String outcome, Boolean passed, long durationMs, int attempts,
      Integer inputTokens, Integer outputTokens, String responseModel, String source,
      Map<String, Double> scores, Map<String, String> details, Map<String, String> scorerKeys) {
    this(timestamp, model, variant, sample, id, category, expectation, questionHash, promptHash,
        response, error, outcome, passed, durationMs, attempts, inputTokens, outputTokens,
        responseModel, source, scores, details, scorerKeys, 0);
  }

  /** Whether the record holds an answer that a later run may reuse: a response and no error. */
  @JsonIgnore
  public boolean isAnswer() {
    return response != null && error == null;
  }
}
