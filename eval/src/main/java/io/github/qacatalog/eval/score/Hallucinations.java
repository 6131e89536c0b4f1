package io.github.qacatalog.eval.score;

/**
 * Claims in a response that neither the gold answer nor the question supports, as the judge grades
 * them.
 */
public enum Hallucinations {
  /** No unsupported claim. */
  NONE,
  /** An unsupported detail that does not change the answer. */
  MINOR,
  /** An unsupported claim that changes the answer or would mislead a reader. */
  MAJOR
}
