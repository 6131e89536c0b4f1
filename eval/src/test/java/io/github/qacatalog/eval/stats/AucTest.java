package io.github.qacatalog.eval.stats;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class AucTest {

  @Test
  void perfectSeparationIsOne() {
    Auc auc = Auc.of(new double[] {0.9, 0.8, 0.3, 0.1}, new boolean[] {true, true, false, false});
    assertThat(auc.value()).isEqualTo(1.0);
    assertThat(Auc.of(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {true, true, false, false}).value())
        .isEqualTo(0.0);
  }

  @Test
  void tiesCountHalf() {
    // Pairs (pass, fail): (0.5, 0.5) tie = 1/2, (0.5, 0.2) = 1, (0.9, 0.5) = 1, (0.9, 0.2) = 1.
    Auc auc = Auc.of(new double[] {0.9, 0.5, 0.5, 0.2}, new boolean[] {true, true, false, false});
    assertThat(auc.value()).isWithin(1e-12).of(3.5 / 4);
    // Every score the same: every pair a tie.
    assertThat(Auc.of(new double[] {1, 1, 1}, new boolean[] {true, false, false}).value()).isEqualTo(0.5);
  }

  @Test
  void mixedOrderByHand() {
    // Passes 0.8, 0.4; fails 0.6, 0.2: pairs 0.8>0.6, 0.8>0.2, 0.4<0.6, 0.4>0.2 -> 3 of 4.
    Auc auc = Auc.of(new double[] {0.8, 0.6, 0.4, 0.2}, new boolean[] {true, false, true, false});
    assertThat(auc.value()).isWithin(1e-12).of(0.75);
    assertThat(auc.positives()).isEqualTo(2);
    assertThat(auc.negatives()).isEqualTo(2);
    assertThat(auc.caveat().get()).contains("only 4 graded answers");
  }

  @Test
  void oneClassOnlyHasNoAuc() {
    Auc auc = Auc.of(new double[] {0.8, 0.6}, new boolean[] {true, true});
    assertThat(auc.value()).isNaN();
    assertThat(auc.caveat().get()).contains("every graded answer passed");
  }
}
