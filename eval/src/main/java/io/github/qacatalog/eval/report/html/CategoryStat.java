package io.github.qacatalog.eval.report.html;

import java.util.Map;
import java.util.TreeMap;

/**
 * The pass rate of one model in one category, with its interval, and the mean of each score.
 *
 * @param category the category's title
 * @param model the model
 * @param n the number of responses counted
 * @param passed how many passed
 * @param low the lower end of the pass rate's interval, from 0 to 1
 * @param high the upper end of the pass rate's interval, from 0 to 1
 * @param means the mean of each score, by score name; scores that are not finite are left out
 */
public record CategoryStat(
    String category, String model, int n, int passed, double low, double high,
    Map<String, Double> means) {

  /** Copies the means in name order, leaving out those that are not finite. */
  public CategoryStat {
    Map<String, Double> finite = new TreeMap<>();
    if (means != null) {
      means.forEach((k, v) -> {
        if (v != null && Double.isFinite(v)) {
          finite.put(k, v);
        }
      });
    }
    means = java.util.Collections.unmodifiableMap(finite);
  }

  /** The share that passed, from 0 to 1; 0 when none was counted. */
  public double passRate() {
    return n == 0 ? 0 : (double) passed / n;
  }
}
