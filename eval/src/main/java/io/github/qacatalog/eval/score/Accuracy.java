package io.github.qacatalog.eval.score;

/** Whether what a response states agrees with the gold answer, as the judge grades it. */
public enum Accuracy {
  /** Everything the response states agrees with the gold answer. */
  ACCURATE,
  /** Mostly right, with an error or a misleading statement on a secondary point. */
  PARTLY,
  /** The main point contradicts the gold answer, or the response is wrong overall. */
  INACCURATE
}
