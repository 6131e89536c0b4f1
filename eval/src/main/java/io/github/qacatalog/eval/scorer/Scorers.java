package io.github.qacatalog.eval.scorer;

import java.util.Objects;

/**
 * The built-in scorers that compare with the gold answer: {@code similarity} and {@code token_f1}.
 * The refusal scorer is {@code RefusalScorer.standard()}, the judge {@code RubricJudge}.
 */
public final class Scorers {
  private Scorers() {}

  /**
   * {@code similarity}: the cosine of response and gold answer under all-MiniLM-L6-v2, which runs
   * in-process from its jar. The model is loaded once, on the first score, and shared.
   */
  public static Scorer similarity() {
    return new SimilarityScorer(SemanticSimilarity::miniLm);
  }

  /** {@code similarity} under another embedding model. */
  public static Scorer similarity(SemanticSimilarity similarity) {
    Objects.requireNonNull(similarity, "similarity");
    return new SimilarityScorer(() -> similarity);
  }

  /** {@code token_f1}: the F1 of the response's and the gold answer's normalised words. */
  public static Scorer tokenF1() {
    return new TokenF1Scorer();
  }
}
