package io.github.qacatalog.eval.stats;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class McNemarTest {

  @Test
  void pValueIsTwiceTheBinomialTail() {
    // 10 to 3: 2 * P(X <= 3), X ~ Bin(13, 1/2) = 2 * (1 + 13 + 78 + 286) / 8192 = 756 / 8192
    McNemar m = McNemar.exact(10, 3);
    assertThat(m.pValue()).isWithin(1e-12).of(756.0 / 8192);
    assertThat(McNemar.exact(3, 10).pValue()).isWithin(1e-12).of(756.0 / 8192);
    assertThat(m.caveat()).isEmpty();
    assertThat(m.significant(0.05)).isFalse();
  }

  @Test
  void sixToNothingIsTheFewestThatCanTell() {
    assertThat(McNemar.exact(6, 0).pValue()).isWithin(1e-12).of(2.0 / 64);
    assertThat(McNemar.exact(6, 0).significant(0.05)).isTrue();
    assertThat(McNemar.exact(6, 0).caveat()).isEmpty();
    McNemar five = McNemar.exact(5, 0);
    assertThat(five.pValue()).isWithin(1e-12).of(2.0 / 32);
    assertThat(five.caveat().get()).contains("could not reach p < 0.05");
  }

  @Test
  void evenSplitIsOne() {
    assertThat(McNemar.exact(2, 2).pValue()).isWithin(1e-12).of(1.0);
    assertThat(McNemar.exact(1, 0).pValue()).isWithin(1e-12).of(1.0);
  }

  @Test
  void noDiscordantPairSaysSo() {
    McNemar m = McNemar.exact(0, 0);
    assertThat(m.pValue()).isEqualTo(1.0);
    assertThat(m.caveat().get()).contains("exactly the same questions");
  }

  @Test
  void largerCountsMatchTheBinomialSum() {
    // 12 to 20: 2 * sum_{k<=12} C(32, k) / 2^32, summed here in exact integers.
    java.math.BigInteger sum = java.math.BigInteger.ZERO;
    java.math.BigInteger choose = java.math.BigInteger.ONE;
    for (int k = 0; k <= 12; k++) {
      sum = sum.add(choose);
      choose = choose.multiply(java.math.BigInteger.valueOf(32 - k)).divide(java.math.BigInteger.valueOf(k + 1));
    }
    double expected = 2 * sum.doubleValue() / Math.pow(2, 32);
    assertThat(McNemar.exact(12, 20).pValue()).isWithin(1e-12).of(expected);
    assertThat(expected).isWithin(1e-6).of(0.215327);
  }
}
