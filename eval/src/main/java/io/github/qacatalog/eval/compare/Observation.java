package io.github.qacatalog.eval.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One answer of one model to one question: the neutral input of a comparison.
 *
 * @param model the model's name; the first model seen is the baseline
 * @param variant the variant (a system prompt or context file) it ran under; empty when only one
 * @param questionId the question's id, the same for every model
 * @param category the question's category
 * @param sample which repeat this is, from 0
 * @param passed whether the answer passed
 * @param scores the answer's scores by name; a score not given is missing, not zero
 * @param question the question's text, for reports; may be empty
 * @param response the response, for reports; may be empty
 */
public record Observation(
    String model, String variant, String questionId, String category, int sample, boolean passed,
    Map<String, Double> scores, String question, String response) {

  /** Checks the observation. */
  public Observation {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(questionId, "questionId");
    variant = variant == null ? "" : variant;
    category = category == null ? "" : category;
    question = question == null ? "" : question;
    response = response == null ? "" : response;
    if (sample < 0) {
      throw new IllegalArgumentException("a sample number is not negative: " + sample);
    }
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  /** An observation without variant, texts or repeats. */
  public static Observation of(
      String model, String questionId, String category, boolean passed, Map<String, Double> scores) {
    return new Observation(model, "", questionId, category, 0, passed, scores, "", "");
  }
}
