package io.github.qacatalog.eval.score;

/** How much of the gold answer's substance a response covers, as the judge grades it. */
public enum Completeness {
  /** Every key point of the gold answer is there. */
  FULL,
  /** Some key points are there, some are missing. */
  PARTIAL,
  /** None of the key points is there (including a refusal to a question the context answers). */
  NONE
}
