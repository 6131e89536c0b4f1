package io.github.qacatalog.eval.compare;

import io.github.qacatalog.eval.stats.Interval;
import io.github.qacatalog.eval.stats.McNemar;
import io.github.qacatalog.eval.stats.Proportion;
import java.util.Locale;

/** A paired comparison's verdict in words: what the data shows, and when it is too little to tell. */
final class Verdict {
  /** The level below which a difference counts as shown. */
  static final double ALPHA = 0.05;

  private Verdict() {}

  static String of(String model, String baseline, int pairs, int unpaired, McNemar test,
      Interval difference, double points) {
    String text = words(model, baseline, pairs, test, difference, points);
    if (pairs > 0 && pairs < Proportion.FEW) {
      text += "; with only " + pairs + " questions, only a large difference could show";
    }
    if (unpaired > 0) {
      text += "; " + unpaired + " question" + (unpaired == 1 ? "" : "s")
          + " answered by only one of them, left out";
    }
    return text;
  }

  private static String words(
      String model, String baseline, int pairs, McNemar test, Interval difference, double points) {
    if (pairs == 0) {
      return "no question answered by both: nothing to compare";
    }
    int discordant = test.b() + test.c();
    if (discordant == 0) {
      return "same outcome on all " + pairs + " questions: no difference in pass rate";
    }
    String split = model + " alone passes " + test.c() + ", " + baseline + " alone " + test.b();
    if (discordant < McNemar.FEWEST_TO_TELL) {
      return "too little to tell: only " + discordant + " questions differ (" + split
          + "), and no split of so few could reach p < 0.05";
    }
    String change = String.format(Locale.ROOT, "%+.1f points %s", 100 * points,
        difference.isKnown() ? String.format(Locale.ROOT, "[%+.1f, %+.1f]",
            100 * difference.lower(), 100 * difference.upper()) : "");
    String p = String.format(Locale.ROOT, "p = %.3g", test.pValue());
    if (test.significant(ALPHA)) {
      return model + " passes " + (test.c() > test.b() ? "more" : "fewer") + " questions than "
          + baseline + ": " + change + " (" + split + ", " + p + ")";
    }
    if (difference.isKnown() && (difference.lower() > 0 || difference.upper() < 0)) {
      return "uncertain: the paired interval " + change + " leaves out 0 but McNemar's test on"
          + " each question's outcome does not (" + split + ", " + p + "); treat it as a hint,"
          + " not a shown difference";
    }
    return "no clear difference: " + change + ", " + split + ", " + p
        + "; the data cannot tell these two apart";
  }
}
