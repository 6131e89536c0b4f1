package io.github.qacatalog.eval.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * The area under the ROC curve of a score against a binary truth: the chance that a random answer
 * the truth passes scores higher than a random one it fails, a tie counting half (the
 * Mann-Whitney U statistic over the product of the class sizes). 1 is perfect separation, 0.5 no
 * better than a coin, below 0.5 the score points the wrong way.
 *
 * @param value the AUC, NaN with one class only
 * @param positives how many answers the truth passes
 * @param negatives how many it fails
 * @param caveat why the figure says little, in words, when it does
 */
public record Auc(double value, int positives, int negatives, Optional<String> caveat) {

  /** The AUC of {@code scores} (no NaN) against {@code truth}. */
  public static Auc of(double[] scores, boolean[] truth) {
    if (scores.length != truth.length) {
      throw new IllegalArgumentException("one truth per score: " + scores.length + " and " + truth.length);
    }
    int n = scores.length;
    int positives = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is NaN");
      }
      if (truth[i]) {
        positives++;
      }
    }
    int negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return new Auc(Double.NaN, positives, negatives, Optional.of(n == 0
          ? "no graded answers: nothing to measure"
          : "every graded answer " + (positives == 0 ? "failed" : "passed")
              + ": with one class only, nothing shows how well the score separates them"));
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double positiveRanks = 0;
    for (int start = 0; start < n; ) {
      int end = start;
      while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
        end++;
      }
      double rank = (start + end) / 2.0 + 1;
      for (int i = start; i <= end; i++) {
        if (truth[order[i]]) {
          positiveRanks += rank;
        }
      }
      start = end + 1;
    }
    double u = positiveRanks - (double) positives * (positives + 1) / 2;
    Optional<String> caveat = n < Proportion.FEW
        ? Optional.of("only " + n + " graded answers: too few to tell how well the score separates them")
        : Optional.empty();
    return new Auc(u / ((double) positives * negatives), positives, negatives, caveat);
  }
}
