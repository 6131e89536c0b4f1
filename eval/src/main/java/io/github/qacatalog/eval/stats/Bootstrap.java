package io.github.qacatalog.eval.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap 95 % intervals of means over questions, seeded so that the same values give
 * the same intervals on every run and every JDK.
 *
 * <p>A resample draws as many questions as there are, with replacement, from a {@link
 * SplittableRandom} seeded with {@link #seed()}; the interval is the 2.5 % and 97.5 % quantiles of
 * the resampled means (linear interpolation between order statistics). NaN marks a missing value:
 * a column's mean in a resample is over its values that are present. {@link #means} resamples
 * every column with the same draws, so the intervals of several models (and of their paired
 * differences) come from the same resampled question sets, and {@code means(List.of(x))} equals
 * {@code mean(x)}.
 */
public final class Bootstrap {
  /** The number of resamples unless told otherwise. */
  public static final int DEFAULT_RESAMPLES = 1000;
  /** The seed unless told otherwise. */
  public static final long DEFAULT_SEED = 20_260_101L;

  private final long seed;
  private final int resamples;

  /** A bootstrap with this seed and number of resamples (at least 100). */
  public Bootstrap(long seed, int resamples) {
    if (resamples < 100) {
      throw new IllegalArgumentException("a bootstrap needs at least 100 resamples: " + resamples);
    }
    this.seed = seed;
    this.resamples = resamples;
  }

  /** A bootstrap with the default seed and resamples. */
  public static Bootstrap defaults() {
    return new Bootstrap(DEFAULT_SEED, DEFAULT_RESAMPLES);
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The number of resamples. */
  public int resamples() {
    return resamples;
  }

  /** The mean of the values present (not NaN), with its interval. */
  public Estimate mean(double[] values) {
    return means(List.of(values)).get(0);
  }

  /**
   * The mean of {@code second[i] - first[i]} over the questions where both are present, with its
   * interval: the paired difference of two models on the same questions.
   */
  public Estimate pairedDifference(double[] first, double[] second) {
    return mean(differences(first, second));
  }

  /** {@code second[i] - first[i]}, NaN where either is missing. */
  public static double[] differences(double[] first, double[] second) {
    if (first.length != second.length) {
      throw new IllegalArgumentException(
          "paired values need the same questions: " + first.length + " and " + second.length);
    }
    double[] d = new double[first.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = second[i] - first[i];
    }
    return d;
  }

  /** The mean and interval of every column, all resampled with the same draws of questions. */
  public List<Estimate> means(List<double[]> columns) {
    return meansAndDifferences(columns, List.of());
  }

  /**
   * The mean and interval of every column, then the paired difference {@code columns[j] -
   * columns[i]} of every pair {@code {i, j}}, all from the same draws of questions. Each difference
   * equals {@link #pairedDifference} of its two columns; where both columns miss the same
   * questions it comes from their resampled means at no extra cost.
   */
  public List<Estimate> meansAndDifferences(List<double[]> columns, List<int[]> pairs) {
    List<double[]> all = new ArrayList<>(columns);
    int[] extra = new int[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      double[] first = columns.get(pairs.get(p)[0]);
      double[] second = columns.get(pairs.get(p)[1]);
      if (sameMissing(first, second)) {
        extra[p] = -1;
      } else {
        extra[p] = all.size();
        all.add(differences(first, second));
      }
    }
    double[][] resampled = resample(all);
    List<Estimate> out = new ArrayList<>(columns.size() + pairs.size());
    for (int c = 0; c < columns.size(); c++) {
      out.add(estimate(columns.get(c), resampled[c]));
    }
    for (int p = 0; p < pairs.size(); p++) {
      int i = pairs.get(p)[0];
      int j = pairs.get(p)[1];
      if (extra[p] >= 0) {
        out.add(estimate(all.get(extra[p]), resampled[extra[p]]));
      } else {
        double[] d = new double[resamples];
        for (int r = 0; r < resamples; r++) {
          d[r] = resampled[j][r] - resampled[i][r];
        }
        out.add(estimate(differences(columns.get(i), columns.get(j)), d));
      }
    }
    return out;
  }

  private static boolean sameMissing(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "paired values need the same questions: " + a.length + " and " + b.length);
    }
    for (int i = 0; i < a.length; i++) {
      if (Double.isNaN(a[i]) != Double.isNaN(b[i])) {
        return false;
      }
    }
    return true;
  }

  /** Per column, the mean of each resample. */
  private double[][] resample(List<double[]> columns) {
    int width = columns.size();
    int n = width == 0 ? 0 : columns.get(0).length;
    double[] rows = new double[n * width];
    for (int c = 0; c < width; c++) {
      double[] column = columns.get(c);
      if (column.length != n) {
        throw new IllegalArgumentException("every column needs " + n + " values: " + column.length);
      }
      for (int i = 0; i < n; i++) {
        rows[i * width + c] = column[i];
      }
    }
    double[][] resampled = new double[width][resamples];
    double[] sum = new double[width];
    int[] count = new int[width];
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < resamples && n > 0; r++) {
      Arrays.fill(sum, 0);
      Arrays.fill(count, 0);
      for (int k = 0; k < n; k++) {
        int base = random.nextInt(n) * width;
        for (int c = 0; c < width; c++) {
          double v = rows[base + c];
          if (v == v) {
            sum[c] += v;
            count[c]++;
          }
        }
      }
      for (int c = 0; c < width; c++) {
        resampled[c][r] = count[c] == 0 ? Double.NaN : sum[c] / count[c];
      }
    }
    return resampled;
  }

  private static Estimate estimate(double[] values, double[] resampledMeans) {
    double sum = 0;
    int present = 0;
    for (double v : values) {
      if (v == v) {
        sum += v;
        present++;
      }
    }
    if (present == 0) {
      return new Estimate(Double.NaN, Interval.NONE, 0, Optional.of("no values: nothing to measure"));
    }
    double[] means = Arrays.stream(resampledMeans).filter(m -> m == m).sorted().toArray();
    Interval interval = new Interval(quantile(means, 0.025), quantile(means, 0.975));
    Optional<String> caveat = present < Proportion.FEW
        ? Optional.of("only " + present + " questions: a bootstrap interval this small is rough"
            + " and tends to be too narrow")
        : Optional.empty();
    return new Estimate(sum / present, interval, present, caveat);
  }

  private static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double at = q * (sorted.length - 1);
    int low = (int) Math.floor(at);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (at - low) * (sorted[high] - sorted[low]);
  }
}
