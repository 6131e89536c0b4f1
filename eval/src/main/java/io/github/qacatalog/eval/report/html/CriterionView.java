package io.github.qacatalog.eval.report.html;

import java.util.List;

/**
 * A rubric's criterion as the report shows it.
 *
 * @param name the criterion's name
 * @param description what it asks; may be empty
 * @param labels its labels, best first
 * @param passingLabels how many of the first labels pass
 */
public record CriterionView(String name, String description, List<String> labels,
    int passingLabels) {

  /** Copies the labels. */
  public CriterionView {
    description = description == null ? "" : description;
    labels = labels == null ? List.of() : List.copyOf(labels);
  }
}
