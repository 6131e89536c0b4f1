package io.github.qacatalog.eval.compare;

import io.github.qacatalog.eval.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thresholds checked against every model and variant of a comparison: a failed check is exit code
 * 1 from the command line and a failed assertion in JUnit. A figure is compared by its value; the
 * message says when its interval still reaches the threshold, that is when the data cannot tell
 * whether it is really below. A threshold whose category or score the run does not have fails
 * too, so that a misspelt name does not pass a build.
 *
 * @param failures one sentence per figure below its threshold
 * @param checked how many figures were checked
 */
public record ThresholdCheck(List<String> failures, int checked) {

  /** Checks {@code thresholds} against {@code r}. */
  public static ThresholdCheck of(ComparisonResult r, List<Threshold> thresholds) {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Threshold t : thresholds) {
      if (!t.category().equals(Comparison.ALL) && !r.categories().contains(t.category())) {
        failures.add("threshold for category " + t.category() + ": the run has no such category;"
            + " its categories: " + String.join(", ", r.categories()));
        continue;
      }
      if (!t.figure().equals(Threshold.PASS_RATE) && !r.scoreNames().contains(t.figure())) {
        failures.add("threshold on " + t.figure() + ": the run has no such score; its scores: "
            + String.join(", ", r.scoreNames()));
        continue;
      }
      for (ModelSummary s : r.summaries()) {
        if (!s.category().equals(t.category())) {
          continue;
        }
        Estimate e = t.figure().equals(Threshold.PASS_RATE) ? s.passRate() : s.means().get(t.figure());
        if (e == null) {
          continue;
        }
        checked++;
        if (!(e.value() >= t.minimum())) {
          String where = s.model() + (s.variant().isEmpty() ? "" : " [" + s.variant() + "]")
              + ", " + s.category();
          String figure = t.figure().equals(Threshold.PASS_RATE) ? "pass rate" : "mean " + t.figure();
          String text = String.format(Locale.ROOT, "%s: %s %.3f is below the threshold %.3f"
              + " (95 %% interval %s)", where, figure, e.value(), t.minimum(), e.interval().format(3));
          if (e.interval().isKnown() && e.interval().upper() >= t.minimum()) {
            text += "; the interval reaches the threshold, so the data cannot tell whether it is"
                + " really below";
          }
          failures.add(text);
        }
      }
    }
    return new ThresholdCheck(List.copyOf(failures), checked);
  }

  /** Whether every figure reached its threshold. */
  public boolean passed() {
    return failures.isEmpty();
  }

  /** 0 when passed, 1 when a threshold failed, as the command line exits. */
  public int exitCode() {
    return passed() ? 0 : 1;
  }

  /**
   * Does nothing when passed; throws an {@link AssertionError} listing every failure otherwise, for
   * a JUnit test.
   */
  public void assertPassed() {
    if (!passed()) {
      throw new AssertionError(failures.size() + " threshold" + (failures.size() == 1 ? "" : "s")
          + " failed:\n  " + String.join("\n  ", failures));
    }
  }
}
