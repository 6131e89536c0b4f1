package io.github.qacatalog.eval.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a threshold on a score gets against a binary truth, a score at or above the threshold
 * counting as a pass.
 *
 * @param threshold the threshold
 * @param n the number of answers
 * @param agreement the share of answers where the threshold and the truth agree
 * @param kappa the plain kappa between them (rows: the truth)
 * @param missedPasses answers the truth passes and the threshold fails
 * @param missedFails answers the truth fails and the threshold passes
 */
public record ThresholdFit(
    double threshold, int n, double agreement, Kappa kappa, int missedPasses, int missedFails) {

  private static final List<String> LABELS = List.of("pass", "fail");

  /** What {@code threshold} gets on these scores against {@code truth}. */
  public static ThresholdFit at(double threshold, double[] scores, boolean[] truth) {
    check(scores, truth);
    int[][] counts = new int[2][2];
    for (int i = 0; i < scores.length; i++) {
      counts[truth[i] ? 0 : 1][scores[i] >= threshold ? 0 : 1]++;
    }
    return of(threshold, counts);
  }

  /**
   * The threshold that agrees best with the truth: the highest agreement, then the highest kappa,
   * then the lowest threshold. Candidates are the scores themselves and one just above the
   * highest (every answer fails).
   */
  public static ThresholdFit best(double[] scores, boolean[] truth) {
    check(scores, truth);
    int n = scores.length;
    if (n == 0) {
      return of(Double.NaN, new int[2][2]);
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    int positives = 0;
    for (boolean t : truth) {
      positives += t ? 1 : 0;
    }
    int negatives = n - positives;
    // Start with nothing passing, then lower the threshold one distinct score at a time.
    double bestThreshold = Math.nextUp(scores[order[0]]);
    int bestTp = 0;
    int bestFp = 0;
    double bestAgreement = (double) negatives / n;
    double bestKappa = binaryKappa(0, 0, positives, negatives);
    int tp = 0;
    int fp = 0;
    for (int start = 0; start < n; ) {
      int end = start;
      while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
        end++;
      }
      for (int i = start; i <= end; i++) {
        if (truth[order[i]]) {
          tp++;
        } else {
          fp++;
        }
      }
      double agreement = (double) (tp + negatives - fp) / n;
      double kappa = binaryKappa(tp, fp, positives, negatives);
      // Scores go down, so a full tie moves on to the lower threshold.
      if (agreement > bestAgreement || agreement == bestAgreement && kappa >= bestKappa) {
        bestThreshold = scores[order[start]];
        bestAgreement = agreement;
        bestKappa = kappa;
        bestTp = tp;
        bestFp = fp;
      }
      start = end + 1;
    }
    return of(bestThreshold, new int[][] {
        {bestTp, positives - bestTp}, {bestFp, negatives - bestFp}});
  }

  private static double binaryKappa(int tp, int fp, int positives, int negatives) {
    double n = positives + negatives;
    double po = (tp + negatives - fp) / n;
    double predictedPass = (tp + fp) / n;
    double pe = predictedPass * (positives / n) + (1 - predictedPass) * (negatives / n);
    // An undefined kappa (both one class) ranks below any defined one.
    return pe >= 1 ? Double.NEGATIVE_INFINITY : (po - pe) / (1 - pe);
  }

  private static ThresholdFit of(double threshold, int[][] counts) {
    ConfusionMatrix m = new ConfusionMatrix(LABELS, counts);
    int n = m.total();
    return new ThresholdFit(threshold, n, n == 0 ? Double.NaN : (double) m.agreements() / n,
        Kappa.plain(m, "the truth", "the threshold"), counts[0][1], counts[1][0]);
  }

  private static void check(double[] scores, boolean[] truth) {
    if (scores.length != truth.length) {
      throw new IllegalArgumentException("one truth per score: " + scores.length + " and " + truth.length);
    }
    for (int i = 0; i < scores.length; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is NaN");
      }
    }
  }
}
