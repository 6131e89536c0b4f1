package io.github.qacatalog.eval.recorded;

import java.util.Map;
import java.util.Objects;

/**
 * A person's grade of one response: a label for some or all criteria of the rubric (spelled as the
 * rubric spells them; a criterion left blank is not graded), a note, and where it was read ({@code
 * file:row}).
 */
public record HandGrade(GradeKey key, Map<String, String> labels, String note, String source) {
  /** Copies the labels; checks that nothing is null. */
  public HandGrade {
    Objects.requireNonNull(key, "key");
    labels = Map.copyOf(labels);
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(source, "source");
  }

  /** Whether any criterion is graded. */
  public boolean isGraded() {
    return !labels.isEmpty();
  }
}
