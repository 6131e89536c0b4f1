package io.github.qacatalog.eval.scorer.refusal;

import io.github.qacatalog.eval.scorer.Score;
import io.github.qacatalog.eval.scorer.Scorer;
import io.github.qacatalog.eval.scorer.ScoringInput;
import java.util.Objects;

/**
 * {@code refusal}: 1 when the response says the information is not available (as {@link
 * RefusalDetector} reads it), else 0. It needs no gold answer.
 */
public final class RefusalScorer implements Scorer {
  private static final RefusalScorer STANDARD = new RefusalScorer(RefusalDetector.standard());

  private final RefusalDetector detector;

  /** A scorer with another detector (more phrases, say). */
  public RefusalScorer(RefusalDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** The scorer with the standard detector. */
  public static RefusalScorer standard() {
    return STANDARD;
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
