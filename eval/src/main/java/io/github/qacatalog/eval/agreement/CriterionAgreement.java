package io.github.qacatalog.eval.agreement;

import io.github.qacatalog.eval.stats.ConfusionMatrix;
import io.github.qacatalog.eval.stats.Kappa;
import java.util.List;
import java.util.Optional;

/**
 * How the judge agrees with the person on one criterion.
 *
 * @param criterion the criterion
 * @param labels its labels, best first
 * @param pairs how many answers both graded on it
 * @param agreement the share of them with the same label from both
 * @param kappa Cohen's kappa, quadratically weighted with more than two labels, with its interval
 * @param confusion the counts, the person's labels in the rows, the judge's in the columns
 * @param disagreements the pairs with different labels, in input order
 */
public record CriterionAgreement(
    String criterion, List<String> labels, int pairs, double agreement, Kappa kappa,
    ConfusionMatrix confusion, List<GradePair> disagreements) {

  /** Why the figures say little, in words, when they do. */
  public Optional<String> caveat() {
    return kappa.caveat();
  }
}
