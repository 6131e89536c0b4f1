package io.github.qacatalog.eval.stats.internal;

import io.github.qacatalog.eval.stats.Estimate;
import io.github.qacatalog.eval.stats.Interval;
import java.util.Locale;

/** Numbers as the tables and CSV files show them. Not API. */
public final class Cells {
  private Cells() {}

  /** A number with {@code digits} decimals, or {@code -} when NaN. */
  public static String number(double value, int digits) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", value);
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
        ? String.format(Locale.ROOT, " [" + f + ", " + f + "]", e.interval().lower(), e.interval().upper())
        : "";
    return String.format(Locale.ROOT, f, e.value()) + interval;
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
