package io.github.qacatalog.eval;

/** What a category's questions expect from the model under test. */
public enum Expectation {
  /** The model answers from the context; the response is scored against the gold answer. */
  ANSWER,
  /** The context does not hold the answer; the response must say the information is not available. */
  REFUSAL
}
