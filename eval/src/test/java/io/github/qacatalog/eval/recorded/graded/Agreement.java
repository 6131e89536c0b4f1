package io.github.qacatalog.eval.recorded.graded;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How a rule "score >= threshold" agrees with a person's pass on a set, and how well a score
 * separates passes from fails (ROC AUC, by counting pairs: ties count half).
 */
final class Agreement {
  private Agreement() {}

  /** The counts of "score >= t" against the person's pass. */
  record Counts(double threshold, int agree, int total, int passesFailed, int failsPassed) {
    double rate() {
      return (double) agree / total;
    }

    /** Cohen's kappa of the rule against the person: agreement beyond what chance gives. */
    double kappa(int personPasses) {
      int predictedPasses = personPasses - passesFailed + failsPassed;
      double pPerson = (double) personPasses / total;
      double pRule = (double) predictedPasses / total;
      double chance = pPerson * pRule + (1 - pPerson) * (1 - pRule);
      return chance == 1 ? Double.NaN : (rate() - chance) / (1 - chance);
    }
  }

  static Counts at(List<GradedSet.Row> rows, ToDoubleFunction<GradedSet.Row> score, double t) {
    int agree = 0;
    int passesFailed = 0;
    int failsPassed = 0;
    for (GradedSet.Row r : rows) {
      boolean predicted = score.applyAsDouble(r) >= t;
      if (predicted == r.passed()) {
        agree++;
      } else if (r.passed()) {
        passesFailed++;
      } else {
        failsPassed++;
      }
    }
    return new Counts(t, agree, rows.size(), passesFailed, failsPassed);
  }

  /**
   * The threshold, among the scores that occur (a response passes at its own score), with the most
   * agreement; of equal ones the lowest.
   */
  static Counts best(List<GradedSet.Row> rows, ToDoubleFunction<GradedSet.Row> score) {
    Counts best = null;
    for (double t : rows.stream().mapToDouble(score).sorted().distinct().toArray()) {
      Counts c = at(rows, score, t);
      if (best == null || c.agree() > best.agree()) {
        best = c;
      }
    }
    return best;
  }

  /** The median of a score over rows. */
  static double median(List<GradedSet.Row> rows, ToDoubleFunction<GradedSet.Row> score) {
    double[] v = rows.stream().mapToDouble(score).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** The probability that a random pass scores above a random fail, ties counting half. */
  static double auc(List<GradedSet.Row> rows, ToDoubleFunction<GradedSet.Row> score) {
    double wins = 0;
    long pairs = 0;
    for (GradedSet.Row p : rows) {
      if (!p.passed()) {
        continue;
      }
      for (GradedSet.Row f : rows) {
        if (f.passed()) {
          continue;
        }
        double a = score.applyAsDouble(p);
        double b = score.applyAsDouble(f);
        wins += a > b ? 1 : a == b ? 0.5 : 0;
        pairs++;
      }
    }
    return wins / pairs;
  }
}
