package io.github.qacatalog.eval.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's grade of one result, kept beside the scores and never given to a scorer: a label per
 * graded criterion, whether that makes a pass by the rubric's pass rule (empty when too little is
 * graded to tell), and the person's note.
 *
 * @param labels the label of each graded criterion, in the rubric's order
 * @param passed the person's pass by the rubric's rule; empty when it cannot be told
 * @param note the person's note; empty when none
 */
public record PersonGrade(Map<String, String> labels, Optional<Boolean> passed, String note) {
  /** Copies the labels, keeping their order. */
  public PersonGrade {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    Objects.requireNonNull(passed, "passed");
    Objects.requireNonNull(note, "note");
  }
}
