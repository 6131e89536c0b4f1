package io.github.qacatalog.eval.scorer;

import java.util.function.Supplier;

/** {@code similarity}: cosine of response and gold answer embeddings. */
final class SimilarityScorer implements Scorer {
  private final Supplier<SemanticSimilarity> similarity;

  SimilarityScorer(Supplier<SemanticSimilarity> similarity) {
    this.similarity = similarity;
  }

  @Override
  public String name() {
    return "similarity";
  }

  @Override
  public Score score(ScoringInput input) {
    return Score.of("similarity", similarity.get().score(input.response(), input.goldAnswer().orElseThrow()));
  }
}
