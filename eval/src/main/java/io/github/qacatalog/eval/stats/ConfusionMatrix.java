package io.github.qacatalog.eval.stats;

import java.util.Arrays;
import java.util.List;

/**
 * How often two graders gave each pair of labels: {@code count(i, j)} answers got label {@code i}
 * from the first (the rows: the person, or the truth) and label {@code j} from the second (the
 * columns: the judge, or a threshold). Labels are in order, best first.
 */
public final class ConfusionMatrix {
  private final List<String> labels;
  private final int[][] counts;
  private final int total;

  /** A matrix of these labels and counts, {@code counts[row][column]}. */
  public ConfusionMatrix(List<String> labels, int[][] counts) {
    this.labels = List.copyOf(labels);
    int k = this.labels.size();
    if (k < 1 || counts.length != k) {
      throw new IllegalArgumentException("a confusion matrix needs one row per label");
    }
    this.counts = new int[k][];
    int sum = 0;
    for (int i = 0; i < k; i++) {
      if (counts[i].length != k) {
        throw new IllegalArgumentException("a confusion matrix needs one column per label");
      }
      this.counts[i] = counts[i].clone();
      for (int c : counts[i]) {
        if (c < 0) {
          throw new IllegalArgumentException("counts are not negative");
        }
        sum += c;
      }
    }
    this.total = sum;
  }

  /** An empty matrix of these labels, to count into with {@link #add}. */
  public static ConfusionMatrix empty(List<String> labels) {
    return new ConfusionMatrix(labels, new int[labels.size()][labels.size()]);
  }

  /** This matrix with one more answer of labels {@code row} and {@code column} (indices). */
  public ConfusionMatrix add(int row, int column) {
    int[][] next = counts();
    next[row][column]++;
    return new ConfusionMatrix(labels, next);
  }

  /** The labels, best first. */
  public List<String> labels() {
    return labels;
  }

  /** How many answers got label {@code row} from the first grader and {@code column} from the second. */
  public int count(int row, int column) {
    return counts[row][column];
  }

  /** A copy of the counts. */
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  /** The number of answers graded by both. */
  public int total() {
    return total;
  }

  /** How many answers got the same label from both. */
  public int agreements() {
    int sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i][i];
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix m && labels.equals(m.labels) && Arrays.deepEquals(counts, m.counts);
  }

  @Override
  public int hashCode() {
    return 31 * labels.hashCode() + Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return labels + " " + Arrays.deepToString(counts);
  }
}
