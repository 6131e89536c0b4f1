package io.github.qacatalog.eval.score;

/** Whether a response is shaped as asked (short, direct, readable), as the judge grades it. */
public enum Format {
  /** Direct and readable, of a sensible length. */
  OK,
  /** Rambling, padded, badly structured, or in the wrong form for the question. */
  POOR
}
