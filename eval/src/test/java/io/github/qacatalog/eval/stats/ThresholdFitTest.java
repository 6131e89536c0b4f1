package io.github.qacatalog.eval.stats;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class ThresholdFitTest {

  @Test
  void perfectSeparationFindsTheLowestPassingScore() {
    ThresholdFit best = ThresholdFit.best(
        new double[] {0.9, 0.7, 0.3, 0.1}, new boolean[] {true, true, false, false});
    assertThat(best.threshold()).isEqualTo(0.7);
    assertThat(best.agreement()).isEqualTo(1.0);
    assertThat(best.kappa().value()).isWithin(1e-12).of(1.0);
    assertThat(best.missedPasses()).isEqualTo(0);
    assertThat(best.missedFails()).isEqualTo(0);
  }

  @Test
  void bestThresholdByHand() {
    // Scores high to low with the truth: 0.9 P, 0.8 F, 0.7 P, 0.6 P, 0.5 F, 0.4 F, 0.3 P, 0.2 F.
    // Agreement at each cut (pass = score >= t): none 4/8; 0.9 5/8; 0.8 4/8; 0.7 5/8; 0.6 6/8;
    // 0.5 5/8; 0.4 4/8; 0.3 5/8; 0.2 4/8. The best is 0.6, with one pass and one fail wrong.
    double[] s = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
    boolean[] t = {true, false, true, true, false, false, true, false};
    ThresholdFit best = ThresholdFit.best(s, t);
    assertThat(best.threshold()).isEqualTo(0.6);
    assertThat(best.agreement()).isEqualTo(0.75);
    assertThat(best.missedPasses()).isEqualTo(1);
    assertThat(best.missedFails()).isEqualTo(1);
    // Balanced classes, predicted 4/4: pe = 0.5, kappa = (0.75 - 0.5) / 0.5.
    assertThat(best.kappa().value()).isWithin(1e-12).of(0.5);
    assertThat(ThresholdFit.at(0.6, s, t)).isEqualTo(best);
  }

  @Test
  void aGivenThresholdCountsItsMistakes() {
    double[] s = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
    boolean[] t = {true, false, true, true, false, false, true, false};
    ThresholdFit at = ThresholdFit.at(0.7, s, t);
    // Passes 0.9, 0.8, 0.7: wrong on 0.8 (a fail passed), and on 0.6 and 0.3 (passes failed).
    assertThat(at.missedPasses()).isEqualTo(2);
    assertThat(at.missedFails()).isEqualTo(1);
    assertThat(at.agreement()).isEqualTo(5.0 / 8);
  }

  @Test
  void tiedScoresMoveTogether() {
    // Two answers at 0.5, one pass and one fail: a threshold passes both or neither.
    ThresholdFit best = ThresholdFit.best(
        new double[] {0.9, 0.5, 0.5, 0.1}, new boolean[] {true, true, false, false});
    assertThat(best.agreement()).isEqualTo(0.75);
    // 0.9 and 0.5 both reach 3/4 with kappa 0.5: the lower threshold wins the tie.
    assertThat(best.threshold()).isEqualTo(0.5);
  }

  @Test
  void truthOfOneClassHasNoKappa() {
    ThresholdFit best = ThresholdFit.best(new double[] {0.9, 0.2}, new boolean[] {true, true});
    assertThat(best.threshold()).isEqualTo(0.2);
    assertThat(best.agreement()).isEqualTo(1.0);
    assertThat(best.kappa().value()).isNaN();
  }
}
