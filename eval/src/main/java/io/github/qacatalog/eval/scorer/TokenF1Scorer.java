package io.github.qacatalog.eval.scorer;


/** {@code token_f1}: F1 of the normalised words of response and gold answer. */
final class TokenF1Scorer implements Scorer {
  @Override
  public String name() {
    return "token_f1";
  }

  @Override
  public Score score(ScoringInput input) {
    return Score.of("token_f1", TokenF1.score(input.response(), input.goldAnswer().orElseThrow()));
  }
}
