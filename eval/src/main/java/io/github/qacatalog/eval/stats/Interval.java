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
    return String.format(Locale.ROOT, "[" + f + ", " + f + "]", unsigned(lower, digits), unsigned(upper, digits));
  }

  /** 0 for a value that would print as a negative zero. */
  private static double unsigned(double value, int digits) {
    return Math.abs(value) < 0.5 * Math.pow(10, -digits) ? 0.0 : value;
  }
}
