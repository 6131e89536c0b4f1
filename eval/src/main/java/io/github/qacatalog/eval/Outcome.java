package io.github.qacatalog.eval;

/** How one question of an evaluation ended. */
public enum Outcome {
  /** The response met every threshold of the question's expectation. */
  PASSED,
  /** The response missed a threshold, or a score that a threshold needs is missing. */
  FAILED,
  /**
   * The question expects an answer but the catalog gives no gold answer: the model was asked and
   * the response logged, scorers that need a gold answer were skipped, and the question counts
   * neither as passed nor as failed.
   */
  NO_GOLD_ANSWER,
  /** The call failed after every retry (or timed out): no response. */
  ERROR;

  /**
   * The {@code passed} field of the log and the reports: {@code true} for {@link #PASSED}, {@code
   * false} for {@link #FAILED} and {@link #ERROR}, {@code null} for {@link #NO_GOLD_ANSWER} (not
   * graded).
   */
  public Boolean passed() {
    return switch (this) {
      case PASSED -> Boolean.TRUE;
      case FAILED, ERROR -> Boolean.FALSE;
      case NO_GOLD_ANSWER -> null;
    };
  }
}
