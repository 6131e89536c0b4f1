package io.github.qacatalog.eval.agreement;

import io.github.qacatalog.eval.stats.ConfusionMatrix;
import io.github.qacatalog.eval.stats.Kappa;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the agreement of a judge with a person, per criterion, in order of first appearance. */
public final class Agreement {
  private Agreement() {}

  /**
   * The agreement on every criterion of these pairs.
   *
   * @throws IllegalArgumentException when a label is not one of its criterion's, or one criterion
   *     comes with two different lists of labels
   */
  public static List<CriterionAgreement> of(List<GradePair> pairs) {
    Map<String, List<GradePair>> byCriterion = new LinkedHashMap<>();
    for (GradePair p : pairs) {
      List<GradePair> same = byCriterion.computeIfAbsent(p.criterion(), c -> new ArrayList<>());
      if (!same.isEmpty() && !same.get(0).labels().equals(p.labels())) {
        throw new IllegalArgumentException("criterion " + p.criterion() + " comes with the labels "
            + same.get(0).labels() + " and " + p.labels());
      }
      same.add(p);
    }
    List<CriterionAgreement> out = new ArrayList<>();
    for (List<GradePair> same : byCriterion.values()) {
      List<String> labels = same.get(0).labels();
      int[][] counts = new int[labels.size()][labels.size()];
      List<GradePair> disagreements = new ArrayList<>();
      for (GradePair p : same) {
        int person = p.personIndex();
        int judge = p.judgeIndex();
        counts[person][judge]++;
        if (person != judge) {
          disagreements.add(p);
        }
      }
      ConfusionMatrix m = new ConfusionMatrix(labels, counts);
      out.add(new CriterionAgreement(same.get(0).criterion(), labels, m.total(),
          (double) m.agreements() / m.total(), Kappa.of(m, "the person", "the judge"), m,
          List.copyOf(disagreements)));
    }
    return List.copyOf(out);
  }
}
