package io.github.qacatalog.eval.scoring;

import io.github.qacatalog.eval.score.RefusalDetector;
import java.util.Objects;

/** {@code refusal}: 1 when the response says the information is not available, else 0. */
final class RefusalScorer implements Scorer {
  private final RefusalDetector detector;

  RefusalScorer(RefusalDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  @Override
  public String name() {
    return "refusal";
  }

  @Override
  public boolean needsGoldAnswer() {
    return false;
  }

  @Override
  public Score score(ScoringInput input) {
    return Score.of("refusal", detector.isRefusal(input.response()) ? 1.0 : 0.0);
  }
}
