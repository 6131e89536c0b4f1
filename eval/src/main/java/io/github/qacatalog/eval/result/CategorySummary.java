package io.github.qacatalog.eval.result;

import io.github.qacatalog.eval.Expectation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the report's table: a category's counts and the mean of each score.
 *
 * @param category the category title
 * @param expectation what the category expects
 * @param questions questions asked
 * @param passed questions passed
 * @param failed questions failed
 * @param noGoldAnswer questions without a gold answer, neither passed nor failed
 * @param errors calls that failed
 * @param means the mean of each score over the questions that have it, in scorer order
 */
public record CategorySummary(String category, Expectation expectation, int questions, int passed,
    int failed, int noGoldAnswer, int errors, Map<String, Double> means) {

  /** Copies {@code means}, keeping its order. */
  public CategorySummary {
    means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
  }
}
