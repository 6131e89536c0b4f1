package io.github.qacatalog.eval.stats;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProportionTest {

  /** Newcombe (1998), Statistics in Medicine 17:857-872, table II, method 3 (Wilson score). */
  @Test
  void wilsonMatchesNewcombesTable() {
    assertBounds(Proportion.wilson(81, 263), 0.2553, 0.3662);
    assertBounds(Proportion.wilson(15, 148), 0.0624, 0.1605);
    assertBounds(Proportion.wilson(0, 20), 0.0000, 0.1611);
    assertBounds(Proportion.wilson(1, 29), 0.0061, 0.1718);
  }

  @Test
  void allSuccessesReachOneExactly() {
    Proportion p = Proportion.wilson(29, 29);
    assertThat(p.rate()).isEqualTo(1.0);
    assertThat(p.interval().upper()).isEqualTo(1.0);
    // z^2 / (n + z^2) below 1, by hand: 29 / (29 + 3.8415) = 0.8830
    assertThat(p.interval().lower()).isWithin(1e-4).of(0.8830);
  }

  @Test
  void smallSamplesSayTheIntervalIsWide() {
    assertThat(Proportion.wilson(1, 29).caveat()).isPresent();
    assertThat(Proportion.wilson(1, 29).caveat().get()).contains("only 29 answers");
    assertThat(Proportion.wilson(81, 263).caveat()).isEmpty();
  }

  @Test
  void noDataIsNotANumber() {
    Proportion p = Proportion.wilson(0, 0);
    assertThat(p.rate()).isNaN();
    assertThat(p.interval().isKnown()).isFalse();
    assertThat(p.caveat().get()).contains("no data");
  }

  @Test
  void impossibleCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Proportion.wilson(3, 2));
    assertThrows(IllegalArgumentException.class, () -> Proportion.wilson(-1, 2));
  }

  private static void assertBounds(Proportion p, double lower, double upper) {
    assertThat(p.interval().lower()).isWithin(5e-5).of(lower);
    assertThat(p.interval().upper()).isWithin(5e-5).of(upper);
  }
}
