package io.github.qacatalog.eval.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cohen's kappa, plain or quadratically weighted, with a 95 % interval from the large-sample
 * standard error of Fleiss, Cohen and Everitt (1969).
 *
 * <p>Kappa is {@code (po - pe) / (1 - pe)}: how much of the agreement that chance leaves possible
 * the two graders reach, where {@code po} is the (weighted) share of answers they agree on and
 * {@code pe} the share they would agree on if each graded at random with their own label shares.
 * Quadratic weights count a disagreement between labels {@code i} and {@code j} of {@code k} as
 * partial agreement {@code 1 - (i - j)^2 / (k - 1)^2}; with two labels they equal the plain kappa.
 *
 * @param weighting which kappa
 * @param value kappa, NaN when undefined (no pairs, or both graders used one and the same label)
 * @param standardError its large-sample standard error, NaN when undefined or when one grader
 *     used one label only (kappa is then 0 by construction)
 * @param interval value plus and minus 1.96 standard errors, clipped to [-1, 1]; unknown when the
 *     standard error is
 * @param observed the (weighted) share of answers they agree on
 * @param expected the (weighted) share of agreement expected by chance
 * @param n the number of answers graded by both
 * @param caveat why the figure says little, in words, when it does
 */
public record Kappa(
    Weighting weighting, double value, double standardError, Interval interval, double observed,
    double expected, int n, Optional<String> caveat) {

  /** How disagreements between labels count. */
  public enum Weighting {
    /** Any two different labels disagree fully. */
    PLAIN,
    /** Labels further apart in their order disagree more: weight {@code 1 - (i - j)^2 / (k - 1)^2}. */
    QUADRATIC
  }

  /** Above this share of one label among all given, agreement is weak evidence. */
  public static final double DOMINANT_SHARE = 0.9;

  /** Plain kappa for two labels, quadratically weighted for more (ordered labels). */
  public static Kappa of(ConfusionMatrix m) {
    return of(m, FIRST, SECOND);
  }

  /**
   * Plain kappa for two labels, quadratically weighted for more, with the graders of the rows and
   * of the columns named in the caveats (for example {@code "the person"}, {@code "the judge"}).
   */
  public static Kappa of(ConfusionMatrix m, String rows, String columns) {
    return compute(m, m.labels().size() > 2 ? Weighting.QUADRATIC : Weighting.PLAIN, rows, columns);
  }

  /** Cohen's plain kappa. */
  public static Kappa plain(ConfusionMatrix m) {
    return compute(m, Weighting.PLAIN, FIRST, SECOND);
  }

  /** Cohen's plain kappa, the graders named in the caveats. */
  public static Kappa plain(ConfusionMatrix m, String rows, String columns) {
    return compute(m, Weighting.PLAIN, rows, columns);
  }

  /** Cohen's quadratically weighted kappa, for ordered labels. */
  public static Kappa quadratic(ConfusionMatrix m) {
    return compute(m, Weighting.QUADRATIC, FIRST, SECOND);
  }

  private static final String FIRST = "the first grader";
  private static final String SECOND = "the second grader";

  private static Kappa compute(ConfusionMatrix m, Weighting weighting, String rowName, String colName) {
    int k = m.labels().size();
    int n = m.total();
    if (n == 0) {
      return new Kappa(weighting, Double.NaN, Double.NaN, Interval.NONE, Double.NaN, Double.NaN, 0,
          Optional.of("no answer graded by both: nothing to measure"));
    }
    double[][] w = new double[k][k];
    double[][] p = new double[k][k];
    double[] rows = new double[k];
    double[] cols = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        w[i][j] = weighting == Weighting.PLAIN || k == 1
            ? (i == j ? 1 : 0)
            : 1 - (double) (i - j) * (i - j) / ((k - 1) * (k - 1));
        p[i][j] = (double) m.count(i, j) / n;
        rows[i] += p[i][j];
        cols[j] += p[i][j];
      }
    }
    double po = 0;
    double pe = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        po += w[i][j] * p[i][j];
        pe += w[i][j] * rows[i] * cols[j];
      }
    }
    List<String> caveats = caveats(m, rows, cols, rowName, colName);
    if (pe > 1 - 1e-12) {
      caveats.add(0, "both gave every answer the same label: agreement is complete but"
          + " kappa is undefined, and nothing shows they would agree on a different answer");
      return new Kappa(weighting, Double.NaN, Double.NaN, Interval.NONE, po, pe, n,
          Optional.of(String.join("; ", caveats)));
    }
    double kappa = (po - pe) / (1 - pe);
    double sum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double wRow = 0;
        double wCol = 0;
        for (int l = 0; l < k; l++) {
          wRow += cols[l] * w[i][l];
          wCol += rows[l] * w[l][j];
        }
        double term = w[i][j] - (wRow + wCol) * (1 - kappa);
        sum += p[i][j] * term * term;
      }
    }
    double last = kappa - pe * (1 - kappa);
    double variance = Math.max(0, (sum - last * last) / (n * (1 - pe) * (1 - pe)));
    double se = Math.sqrt(variance);
    Interval interval = new Interval(
        Math.max(-1, kappa - Normal.Z95 * se), Math.min(1, kappa + Normal.Z95 * se));
    if (oneLabel(rows) || oneLabel(cols)) {
      // Kappa is pinned at 0 by one grader's single label, not estimated: an interval would
      // pretend to a precision the data does not have.
      se = Double.NaN;
      interval = Interval.NONE;
    }
    return new Kappa(weighting, kappa, se, interval, po, pe, n,
        caveats.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", caveats)));
  }

  private static boolean oneLabel(double[] shares) {
    for (double share : shares) {
      if (share == 1) {
        return true;
      }
    }
    return false;
  }

  private static List<String> caveats(
      ConfusionMatrix m, double[] rows, double[] cols, String rowName, String colName) {
    List<String> out = new ArrayList<>();
    int k = rows.length;
    for (int i = 0; i < k; i++) {
      if (rows[i] == 1 && cols[i] < 1) {
        out.add(rowName + " used only the label " + m.labels().get(i)
            + ": kappa cannot rise above chance; read the disagreements instead");
      } else if (cols[i] == 1 && rows[i] < 1) {
        out.add(colName + " used only the label " + m.labels().get(i)
            + ": kappa cannot rise above chance; read the disagreements instead");
      }
    }
    for (int i = 0; i < k; i++) {
      double share = (rows[i] + cols[i]) / 2;
      if (share >= DOMINANT_SHARE && share < 1) {
        out.add(String.format(Locale.ROOT, "%.0f %% of all labels are %s: agreement is high by"
            + " chance alone, so it is weak evidence", 100 * share, m.labels().get(i)));
      }
    }
    if (m.total() < Proportion.FEW) {
      out.add("only " + m.total() + " answers graded by both: the interval is rough");
    }
    return out;
  }
}
