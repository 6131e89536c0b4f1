package io.github.qacatalog.eval.compare;

import java.util.Objects;

/**
 * A minimum that a category's figure must reach for a run to pass: its pass rate, or the mean of a
 * score.
 *
 * @param category the category, or {@link Comparison#ALL} for all questions
 * @param figure {@link #PASS_RATE}, or the name of a score whose mean is meant
 * @param minimum the lowest value that passes
 */
public record Threshold(String category, String figure, double minimum) {
  /** The figure name of the pass rate. */
  public static final String PASS_RATE = "pass_rate";

  /** Checks the threshold. */
  public Threshold {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(figure, "figure");
    if (Double.isNaN(minimum)) {
      throw new IllegalArgumentException("a threshold is a number");
    }
  }

  /** A minimum pass rate for a category. */
  public static Threshold passRate(String category, double minimum) {
    return new Threshold(category, PASS_RATE, minimum);
  }

  /** A minimum mean of a score for a category. */
  public static Threshold mean(String category, String score, double minimum) {
    return new Threshold(category, score, minimum);
  }
}
