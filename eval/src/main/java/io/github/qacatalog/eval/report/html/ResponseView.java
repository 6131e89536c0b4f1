package io.github.qacatalog.eval.report.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One response to a question, with what was made of it.
 *
 * @param model the model that gave it
 * @param variant the variant asked; may be empty
 * @param sample the sample's number, from 1 (repeated responses of one model to one wording);
 *     0 or less is read as 1
 * @param asked the wording that was asked (the question or one of its paraphrases)
 * @param response the response; null when the call failed
 * @param error why the call failed; null when it did not
 * @param outcome the outcome's name, for example {@code PASS}, {@code FAIL} or {@code ERROR}
 * @param passed whether it passed
 * @param scores each score by name; scores that are not finite are left out
 * @param judgeLabels the judge's label per criterion; may be empty
 * @param judgeReason the judge's reason; may be empty
 * @param personLabels a person's label per criterion; may be empty
 * @param regressed whether the baseline passed this question and this response does not
 * @param baselineOutcome the baseline's outcome on the question; may be empty
 */
public record ResponseView(
    String model, String variant, int sample, String asked, String response, String error,
    String outcome, boolean passed, Map<String, Double> scores, Map<String, String> judgeLabels,
    String judgeReason, Map<String, String> personLabels, boolean regressed,
    String baselineOutcome) {

  /** Absent texts are empty (the response and error stay null when absent), maps are copied. */
  public ResponseView {
    variant = variant == null ? "" : variant;
    sample = Math.max(1, sample);
    asked = asked == null ? "" : asked;
    outcome = outcome == null ? "" : outcome;
    Map<String, Double> finite = new TreeMap<>();
    if (scores != null) {
      scores.forEach((k, v) -> {
        if (v != null && Double.isFinite(v)) {
          finite.put(k, v);
        }
      });
    }
    scores = Collections.unmodifiableMap(finite);
    judgeLabels = copy(judgeLabels);
    judgeReason = judgeReason == null ? "" : judgeReason;
    personLabels = copy(personLabels);
    baselineOutcome = baselineOutcome == null ? "" : baselineOutcome;
  }

  private static Map<String, String> copy(Map<String, String> labels) {
    return labels == null
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }
}
