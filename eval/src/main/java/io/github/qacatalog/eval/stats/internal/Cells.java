package io.github.qacatalog.eval.stats.internal;

import io.github.qacatalog.eval.stats.Estimate;
import io.github.qacatalog.eval.stats.Interval;
import java.util.Locale;

/** Numbers as the tables and CSV files show them. Not API. */
public final class Cells {
  private Cells() {}

  /** A number with {@code digits} decimals, or {@code -} when NaN. */
  public static String number(double value, int digits) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", unsigned(value, digits));
  }

  /** The value, or 0 when it would print as a negative zero at {@code digits} decimals. */
  public static double unsigned(double value, int digits) {
    return Math.abs(value) < 0.5 * Math.pow(10, -digits) ? 0.0 : value;
  }

  /** A value and its interval: {@code 0.82 [0.74, 0.88]}. */
  public static String withInterval(double value, Interval interval, int digits) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return number(value, digits) + " " + interval.format(digits);
  }

  /** An estimate and its interval. */
  public static String withInterval(Estimate e, int digits) {
    return withInterval(e.value(), e.interval(), digits);
  }

  /** A signed difference and its interval. */
  public static String signed(Estimate e, int digits) {
    if (Double.isNaN(e.value())) {
      return "-";
    }
    String f = "%+." + digits + "f";
    String interval = e.interval().isKnown()
        ? String.format(Locale.ROOT, " [" + f + ", " + f + "]", unsigned(e.interval().lower(), digits),
            unsigned(e.interval().upper(), digits))
        : "";
    return String.format(Locale.ROOT, f, unsigned(e.value(), digits)) + interval;
  }

  /** A number for a CSV cell: empty when NaN, else in full precision with a dot. */
  public static String csv(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "" : Double.toString(value);
  }

  /** A p-value with three significant digits. */
  public static String pValue(double p) {
    return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.3g", p);
  }
}
