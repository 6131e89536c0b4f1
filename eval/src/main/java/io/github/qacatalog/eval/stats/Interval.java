package io.github.qacatalog.eval.stats;

import java.util.Locale;

/**
 * A 95 % interval; both bounds are NaN when there was nothing to compute it from.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 */
public record Interval(double lower, double upper) {

  /** The interval of no data. */
  public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

  /** Whether {@code value} lies within the bounds, both included. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /** Whether both bounds are numbers. */
  public boolean isKnown() {
    return !Double.isNaN(lower) && !Double.isNaN(upper);
  }

  /** The bounds as {@code [0.12, 0.34]} with {@code digits} decimals, or {@code [-]} when unknown. */
  public String format(int digits) {
    if (!isKnown()) {
      return "[-]";
    }
    String f = "%." + digits + "f";
    return String.format(Locale.ROOT, "[" + f + ", " + f + "]", lower, upper);
  }
}
