package io.github.qacatalog.eval.report.html;

import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.util.List;

/**
 * A rubric as the report shows it: its criteria and their labels, best first.
 *
 * @param name the rubric's name
 * @param criteria its criteria
 */
public record RubricView(String name, List<CriterionView> criteria) {

  /** Copies the criteria. */
  public RubricView {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  /** The view of a rubric. */
  public static RubricView of(Rubric rubric) {
    return new RubricView(rubric.name(), rubric.criteria().stream()
        .map(c -> new CriterionView(c.name(), c.description(), c.labels(), c.passingLabels()))
        .toList());
  }

  /** The rubric again, with weight 1 for each criterion (the view does not keep weights). */
  public Rubric toRubric() {
    return new Rubric(name, criteria.stream()
        .map(c -> new Criterion(c.name(), c.description(), c.labels(), c.passingLabels(), 1.0))
        .toList(), java.util.OptionalDouble.empty());
  }
}
