package io.github.qacatalog.eval.stats;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  private static double[] values() {
    double[] v = new double[200];
    for (int i = 0; i < v.length; i++) {
      v[i] = (i * 37 % 101) / 100.0;
    }
    return v;
  }

  @Test
  void sameSeedSameInterval() {
    Estimate a = new Bootstrap(7, 1000).mean(values());
    Estimate b = new Bootstrap(7, 1000).mean(values());
    assertThat(b).isEqualTo(a);
    Estimate other = new Bootstrap(8, 1000).mean(values());
    assertThat(other.interval()).isNotEqualTo(a.interval());
    assertThat(other.value()).isEqualTo(a.value());
  }

  @Test
  void intervalSurroundsTheMeanWithTheWidthOfItsStandardError() {
    double[] v = values();
    Estimate e = Bootstrap.defaults().mean(v);
    double mean = 0;
    for (double x : v) {
      mean += x / v.length;
    }
    double var = 0;
    for (double x : v) {
      var += (x - mean) * (x - mean) / (v.length - 1);
    }
    double se = Math.sqrt(var / v.length);
    assertThat(e.value()).isWithin(1e-12).of(mean);
    assertThat(e.interval().contains(mean)).isTrue();
    // A percentile interval of a mean of 200 values is close to mean +- 1.96 se.
    assertThat(e.interval().upper() - e.interval().lower()).isWithin(0.15 * 3.92 * se).of(3.92 * se);
    assertThat(e.n()).isEqualTo(200);
    assertThat(e.caveat()).isEmpty();
  }

  @Test
  void constantValuesHaveAPointInterval() {
    Estimate e = Bootstrap.defaults().mean(new double[] {0.5, 0.5, 0.5, 0.5});
    assertThat(e.interval()).isEqualTo(new Interval(0.5, 0.5));
    assertThat(e.caveat().get()).contains("only 4 questions");
  }

  @Test
  void missingValuesAreLeftOut() {
    Estimate e = Bootstrap.defaults().mean(new double[] {1, Double.NaN, 0, Double.NaN});
    assertThat(e.value()).isEqualTo(0.5);
    assertThat(e.n()).isEqualTo(2);
    Estimate none = Bootstrap.defaults().mean(new double[] {Double.NaN});
    assertThat(none.value()).isNaN();
    assertThat(none.caveat().get()).contains("no values");
  }

  @Test
  void pairedDifferenceIsTheMeanOfDifferences() {
    double[] a = values();
    double[] b = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = a[i] + (i % 2 == 0 ? 0.1 : 0.0);
    }
    Estimate d = Bootstrap.defaults().pairedDifference(a, b);
    assertThat(d.value()).isWithin(1e-12).of(0.05);
    // The pairing removes the spread of the questions themselves: the differences are 0 or 0.1.
    assertThat(d.interval().lower()).isGreaterThan(0.03);
    assertThat(d.interval().upper()).isLessThan(0.07);
  }

  @Test
  void columnsShareTheirDraws() {
    double[] a = values();
    double[] b = Bootstrap.differences(a, a);
    List<Estimate> both = Bootstrap.defaults().means(List.of(a, b));
    assertThat(both.get(0)).isEqualTo(Bootstrap.defaults().mean(a));
    assertThat(both.get(1).interval()).isEqualTo(new Interval(0, 0));
  }

  @Test
  void differencesFromResampledMeansEqualThePairedDifference() {
    double[] a = values();
    double[] b = new double[a.length];
    double[] gappy = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = 1 - a[i];
      gappy[i] = i % 3 == 0 ? Double.NaN : a[i] * a[i];
    }
    Bootstrap bootstrap = new Bootstrap(11, 500);
    List<Estimate> all = bootstrap.meansAndDifferences(List.of(a, b, gappy),
        List.of(new int[] {0, 1}, new int[] {0, 2}));
    assertThat(all).hasSize(5);
    Estimate same = bootstrap.pairedDifference(a, b);
    assertThat(all.get(3).value()).isWithin(1e-12).of(same.value());
    assertThat(all.get(3).interval().lower()).isWithin(1e-9).of(same.interval().lower());
    assertThat(all.get(3).interval().upper()).isWithin(1e-9).of(same.interval().upper());
    assertThat(all.get(4)).isEqualTo(bootstrap.pairedDifference(a, gappy));
    assertThat(all.get(4).n()).isEqualTo(133);
  }

  @Test
  void aNegativeZeroPrintsAsZero() {
    assertThat(new Interval(-1e-17, 0.0).format(2)).isEqualTo("[0.00, 0.00]");
    assertThat(new Interval(-0.004, 0.5).format(2)).isEqualTo("[0.00, 0.50]");
    assertThat(new Interval(-0.006, 0.5).format(2)).isEqualTo("[-0.01, 0.50]");
  }
}
