package io.github.qacatalog.eval.calibration;

import java.util.Objects;

/**
 * One answer's value of one score, beside whether the person passed the answer (derived from
 * their grades by the rubric's pass rule): the neutral input of a calibration.
 *
 * @param scoreName the score's name
 * @param value its value, a number
 * @param personPassed whether the person passed the answer
 */
public record GradedScore(String scoreName, double value, boolean personPassed) {
  /** Checks the value. */
  public GradedScore {
    Objects.requireNonNull(scoreName, "scoreName");
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("score " + scoreName + " has no value (NaN)");
    }
  }
}
