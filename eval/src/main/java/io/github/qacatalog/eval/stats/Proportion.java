package io.github.qacatalog.eval.stats;

import java.util.Optional;
import org.hipparchus.stat.interval.BinomialProportion;
import org.hipparchus.stat.interval.ConfidenceInterval;

/**
 * A share of successes with its Wilson score 95 % interval (Wilson 1927; method 3 of Newcombe
 * 1998), which unlike the textbook normal interval stays inside [0, 1] and keeps its coverage for
 * small samples and rates near 0 or 1.
 *
 * @param successes how many succeeded
 * @param n how many there were
 * @param rate successes / n, NaN when n is 0
 * @param interval the Wilson 95 % interval
 * @param caveat why the figure says little, in words, when it does
 */
public record Proportion(int successes, int n, double rate, Interval interval, Optional<String> caveat) {

  /** Below this many, a rate is shown with a warning that its interval is wide. */
  public static final int FEW = 30;

  /** The share of {@code successes} out of {@code n}, with its Wilson interval. */
  public static Proportion wilson(int successes, int n) {
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("need 0 <= successes <= n: " + successes + " of " + n);
    }
    if (n == 0) {
      return new Proportion(0, 0, Double.NaN, Interval.NONE, Optional.of("no data: nothing to measure"));
    }
    ConfidenceInterval ci = BinomialProportion.getWilsonScoreInterval(n, (double) successes / n, 0.95);
    // Hipparchus computes the bounds in floating point; 0 and n successes have exact bounds.
    double lower = successes == 0 ? 0 : ci.getLowerBound();
    double upper = successes == n ? 1 : ci.getUpperBound();
    Optional<String> caveat = n < FEW
        ? Optional.of("only " + n + " answers: the interval is wide (" + Math.round(100 * (upper - lower))
            + " points from end to end)")
        : Optional.empty();
    return new Proportion(successes, n, (double) successes / n, new Interval(lower, upper), caveat);
  }
}
