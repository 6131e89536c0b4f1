package io.github.qacatalog.eval.stats;

import org.hipparchus.distribution.continuous.NormalDistribution;

/** The standard normal quantile that every 95 % interval here uses. */
final class Normal {
  /** The 97.5 % quantile of the standard normal, about 1.959964. */
  static final double Z95 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

  private Normal() {}
}
