package io.github.qacatalog.eval.report.html;

/**
 * How well one numeric score separates what a person passed from what they failed. A figure the
 * data cannot give is null, and {@code note} says why.
 *
 * @param score the score's name
 * @param graded graded answers that have the score
 * @param personPasses how many of them the person passed
 * @param personFails how many the person failed
 * @param auc the ROC AUC; null with one class only
 * @param bestThreshold the threshold that agrees best with the person; null when too little to tell
 * @param bestAgreement the share of answers the best threshold agrees on
 * @param bestKappa the best threshold's kappa; null when undefined
 * @param bestMissedPasses the person's passes the best threshold fails
 * @param bestMissedFails the person's fails the best threshold passes
 * @param configuredThreshold the threshold the run is configured with; null when none
 * @param configuredAgreement the share of answers the configured threshold agrees on
 * @param configuredKappa the configured threshold's kappa; null when undefined
 * @param configuredMissedPasses the person's passes the configured threshold fails
 * @param configuredMissedFails the person's fails the configured threshold passes
 * @param note why the figures say little, in words, when they do; empty otherwise
 */
public record CalibrationRow(
    String score, int graded, int personPasses, int personFails, Double auc,
    Double bestThreshold, Double bestAgreement, Double bestKappa, Integer bestMissedPasses,
    Integer bestMissedFails, Double configuredThreshold, Double configuredAgreement,
    Double configuredKappa, Integer configuredMissedPasses, Integer configuredMissedFails,
    String note) {

  /** Checks the row; an absent note is empty. */
  public CalibrationRow {
    java.util.Objects.requireNonNull(score, "score");
    note = note == null ? "" : note;
  }
}
