package io.github.qacatalog.eval.stats;

import java.util.Optional;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * McNemar's exact test of two paired pass/fail outcomes on the same questions, from the discordant
 * counts only: {@code b} questions the first passes and the second fails, {@code c} the reverse.
 * Under "no difference" each discordant question goes either way with probability 1/2, so the
 * two-sided p-value is that of a binomial test of {@code b} successes out of {@code b + c}.
 *
 * @param b questions only the first passes
 * @param c questions only the second passes
 * @param pValue the two-sided exact p-value; 1 when there is no discordant question
 * @param caveat in words, why this cannot tell a difference, when it cannot
 */
public record McNemar(int b, int c, double pValue, Optional<String> caveat) {

  /**
   * The fewest discordant questions with which a two-sided exact test can reach p below 0.05 at
   * all: 6 to 0 gives 2 / 64 = 0.031, while 5 to 0 gives 0.0625.
   */
  public static final int FEWEST_TO_TELL = 6;

  /** The test from the discordant counts. */
  public static McNemar exact(int b, int c) {
    if (b < 0 || c < 0) {
      throw new IllegalArgumentException("discordant counts are not negative: " + b + ", " + c);
    }
    int n = b + c;
    if (n == 0) {
      return new McNemar(b, c, 1.0, Optional.of(
          "both pass and fail exactly the same questions: no difference to test"));
    }
    // Twice the smaller tail, which for p = 1/2 is the two-sided exact p-value. Not Hipparchus's
    // BinomialTest: its two-sided walk compares the two tails' probabilities with ==, and rounding
    // makes it count one of two equal terms only (10 to 3 gives 0.057 instead of 0.092).
    double p = Math.min(1.0,
        2 * new BinomialDistribution(n, 0.5).cumulativeProbability(Math.min(b, c)));
    Optional<String> caveat = n < FEWEST_TO_TELL
        ? Optional.of("only " + n + " question" + (n == 1 ? "" : "s") + " with different outcomes:"
            + " even if all went one way, the test could not reach p < 0.05")
        : Optional.empty();
    return new McNemar(b, c, p, caveat);
  }

  /** Whether the p-value is below {@code alpha}. */
  public boolean significant(double alpha) {
    return pValue < alpha;
  }
}
