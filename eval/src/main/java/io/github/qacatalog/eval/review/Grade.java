package io.github.qacatalog.eval.review;

import java.util.Map;

/**
 * A person's grade of one response: a row of {@code grades.csv}.
 *
 * @param key the response graded
 * @param question the wording that was asked
 * @param labels the label per criterion, as the rubric spells it; criteria not graded are absent
 * @param note the person's note; may be empty
 * @param gradedAt when it was given, ISO 8601
 */
record Grade(ResponseKey key, String question, Map<String, String> labels, String note,
    String gradedAt) {

  Grade {
    labels = Map.copyOf(labels);
    note = note == null ? "" : note;
  }
}
