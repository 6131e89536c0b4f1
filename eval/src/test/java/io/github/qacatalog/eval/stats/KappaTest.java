package io.github.qacatalog.eval.stats;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KappaTest {
  private static final List<String> YES_NO = List.of("yes", "no");
  private static final List<String> ABC = List.of("a", "b", "c");

  @Test
  void plainKappaOfATwoByTwoTable() {
    // po = 35/50 = 0.7; margins 0.5/0.5 and 0.6/0.4, so pe = 0.3 + 0.2 = 0.5; kappa = 0.2 / 0.5.
    Kappa k = Kappa.plain(new ConfusionMatrix(YES_NO, new int[][] {{20, 5}, {10, 15}}));
    assertThat(k.value()).isWithin(1e-12).of(0.4);
    assertThat(k.observed()).isWithin(1e-12).of(0.7);
    assertThat(k.expected()).isWithin(1e-12).of(0.5);
    // Fleiss, Cohen & Everitt by hand: [0.4 (1 - 1.1 * 0.6)^2 + 0.3 (1 - 0.9 * 0.6)^2
    //   + 0.36 (0.1 * 1.21 + 0.2 * 0.81) - (0.4 - 0.5 * 0.6)^2] / (50 * 0.25) = 0.2016 / 12.5
    assertThat(k.standardError()).isWithin(1e-12).of(Math.sqrt(0.2016 / 12.5));
    assertThat(k.interval().lower()).isWithin(1e-4).of(0.4 - 1.959964 * 0.126996);
    assertThat(k.interval().upper()).isWithin(1e-4).of(0.4 + 1.959964 * 0.126996);
    assertThat(k.caveat()).isEmpty();
  }

  @Test
  void quadraticKappaOfAThreeByThreeTable() {
    ConfusionMatrix m = new ConfusionMatrix(ABC, new int[][] {{5, 1, 0}, {1, 3, 1}, {0, 1, 4}});
    // Weights 1, 0.75, 0. po = 12/16 + 0.75 * 4/16 = 15/16. Margins 6/16, 5/16, 5/16 both ways:
    // pe = 0.3359375 + 0.75 * 0.4296875 = 0.658203125; kappa = 0.279296875 / 0.341796875 = 143/175.
    Kappa k = Kappa.quadratic(m);
    assertThat(k.observed()).isWithin(1e-12).of(15.0 / 16);
    assertThat(k.expected()).isWithin(1e-12).of(0.658203125);
    assertThat(k.value()).isWithin(1e-12).of(143.0 / 175);
    // The same paper's other form of the variance, evaluated separately: 0.0898381.
    assertThat(k.standardError()).isWithin(1e-6).of(0.0898381);
    assertThat(Kappa.of(m).weighting()).isEqualTo(Kappa.Weighting.QUADRATIC);
    // Plain: po = 0.75, pe = 0.3359375, kappa = 53/85.
    assertThat(Kappa.plain(m).value()).isWithin(1e-12).of(53.0 / 85);
    assertThat(Kappa.plain(m).standardError()).isWithin(1e-6).of(0.1619299);
  }

  @Test
  void withTwoLabelsTheWeightedKappaIsThePlainOne() {
    ConfusionMatrix m = new ConfusionMatrix(YES_NO, new int[][] {{20, 5}, {10, 15}});
    assertThat(Kappa.quadratic(m).value()).isWithin(1e-12).of(Kappa.plain(m).value());
    assertThat(Kappa.of(m).weighting()).isEqualTo(Kappa.Weighting.PLAIN);
  }

  @Test
  void perfectAgreementIsOne() {
    Kappa k = Kappa.of(new ConfusionMatrix(ABC, new int[][] {{4, 0, 0}, {0, 3, 0}, {0, 0, 5}}));
    assertThat(k.value()).isWithin(1e-12).of(1.0);
    assertThat(k.standardError()).isWithin(1e-12).of(0.0);
    assertThat(k.caveat().get()).contains("only 12 answers");
  }

  @Test
  void agreementAtChanceIsZero() {
    Kappa k = Kappa.plain(new ConfusionMatrix(YES_NO, new int[][] {{25, 25}, {25, 25}}));
    assertThat(k.value()).isWithin(1e-12).of(0.0);
    assertThat(k.observed()).isWithin(1e-12).of(0.5);
    assertThat(k.interval().contains(0)).isTrue();
  }

  @Test
  void oneLabelOnlyFromBothIsUndefined() {
    Kappa k = Kappa.of(new ConfusionMatrix(YES_NO, new int[][] {{40, 0}, {0, 0}}));
    assertThat(k.value()).isNaN();
    assertThat(k.observed()).isEqualTo(1.0);
    assertThat(k.interval().isKnown()).isFalse();
    assertThat(k.caveat().get()).contains("same label");
  }

  @Test
  void oneLabelOnlyFromOneGraderCannotRiseAboveChance() {
    // The person says yes 40 times; the judge says no to 4 of them. po = pe = 0.9, kappa 0.
    Kappa k = Kappa.of(new ConfusionMatrix(YES_NO, new int[][] {{36, 4}, {0, 0}}));
    assertThat(k.value()).isWithin(1e-12).of(0.0);
    assertThat(k.interval().isKnown()).isFalse();
    assertThat(k.standardError()).isNaN();
    assertThat(k.caveat().get()).contains("first grader used only the label yes");
  }

  @Test
  void aDominantLabelIsWeakEvidence() {
    // 95 of 100 agree on yes: agreement 0.96, but kappa only (0.96 - pe) / (1 - pe).
    Kappa k = Kappa.plain(new ConfusionMatrix(YES_NO, new int[][] {{95, 2}, {2, 1}}));
    double pe = 0.97 * 0.97 + 0.03 * 0.03;
    assertThat(k.value()).isWithin(1e-12).of((0.96 - pe) / (1 - pe));
    assertThat(k.caveat().get()).contains("weak evidence");
  }

  @Test
  void noPairsIsNothing() {
    Kappa k = Kappa.of(ConfusionMatrix.empty(YES_NO));
    assertThat(k.value()).isNaN();
    assertThat(k.n()).isEqualTo(0);
    assertThat(k.caveat().get()).contains("nothing to measure");
  }
}
