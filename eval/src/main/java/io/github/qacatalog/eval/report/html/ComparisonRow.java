package io.github.qacatalog.eval.report.html;

/**
 * A paired comparison of a candidate with the baseline on the same questions.
 *
 * @param scope what was compared, for example {@code all} or a category's title
 * @param baseline the baseline model
 * @param candidate the candidate model
 * @param pairs the number of questions both answered
 * @param improved pairs the candidate passes and the baseline fails
 * @param regressed pairs the baseline passes and the candidate fails
 * @param difference the candidate's pass rate minus the baseline's
 * @param low the lower end of the difference's interval; null when there is none
 * @param high the upper end of the difference's interval; null when there is none
 * @param note what the numbers can and cannot tell, in words; may be empty
 */
public record ComparisonRow(
    String scope, String baseline, String candidate, int pairs, int improved, int regressed,
    double difference, Double low, Double high, String note) {

  /** An absent note is empty. */
  public ComparisonRow {
    note = note == null ? "" : note;
  }
}
