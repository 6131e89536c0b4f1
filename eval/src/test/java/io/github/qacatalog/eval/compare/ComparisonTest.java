package io.github.qacatalog.eval.compare;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.eval.stats.Bootstrap;
import io.github.qacatalog.eval.stats.McNemar;
import io.github.qacatalog.eval.stats.Proportion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void twoModelsAreAlignedByQuestion() {
    // 40 questions: a passes 30, b passes 34; b alone passes 6, a alone passes 2.
    String a = "1".repeat(28) + "11" + "000000" + "0000";
    String b = "1".repeat(28) + "00" + "111111" + "0000";
    ComparisonResult r = Comparison.of(new Observations().model("a", "facts", a).model("b", "facts", b).list());
    assertThat(r.models()).containsExactly("a", "b").inOrder();
    assertThat(r.baseline()).isEqualTo("a");
    ModelSummary sa = r.summary("a", "", Comparison.ALL).orElseThrow();
    assertThat(sa.questions()).isEqualTo(40);
    assertThat(sa.passRate().value()).isEqualTo(30.0 / 40);
    assertThat(sa.passRate().interval()).isEqualTo(Proportion.wilson(30, 40).interval());
    assertThat(sa.passRateMethod()).isEqualTo("wilson");
    assertThat(sa.passAll()).isEmpty();
    // A pass scores 0.8, a fail 0.4: mean 0.4 + 0.4 * 30/40.
    assertThat(sa.means().get("similarity").value()).isWithin(1e-12).of(0.7);

    PairedComparison p = r.pair("b", "", Comparison.ALL).orElseThrow();
    assertThat(p.pairs()).isEqualTo(40);
    assertThat(p.unpaired()).isEqualTo(0);
    assertThat(p.onlyBaselinePasses()).containsExactly("facts-28", "facts-29").inOrder();
    assertThat(p.onlyModelPasses()).hasSize(6);
    assertThat(p.mcnemar()).isEqualTo(McNemar.exact(2, 6));
    assertThat(p.passRateDifference().value()).isWithin(1e-12).of(4.0 / 40);
    assertThat(p.meanDifferences().get("similarity").value()).isWithin(1e-12).of(0.4 * 4 / 40);
    assertThat(p.verdict()).contains("no clear difference");
    assertThat(p.verdict()).contains("b alone passes 6, a alone 2");
  }

  @Test
  void categoriesAndOverallAreBothSummarised() {
    ComparisonResult r = Comparison.of(new Observations()
        .model("a", "x", "1100").model("a", "y", "111")
        .model("b", "x", "1111").model("b", "y", "000").list());
    assertThat(r.categories()).containsExactly("x", "y").inOrder();
    assertThat(r.summary("a", "", "x").orElseThrow().passRate().value()).isEqualTo(0.5);
    assertThat(r.summary("a", "", "y").orElseThrow().passRate().value()).isEqualTo(1.0);
    assertThat(r.summary("a", "", Comparison.ALL).orElseThrow().passRate().value()).isEqualTo(5.0 / 7);
    assertThat(r.pair("b", "", "y").orElseThrow().onlyBaselinePasses()).hasSize(3);
    assertThat(r.summaries()).hasSize(6);
  }

  @Test
  void threeModelsEachAgainstTheFirst() {
    ComparisonResult r = Comparison.of(new Observations()
        .model("a", "x", "1010").model("b", "x", "1111").model("c", "x", "0000").list());
    assertThat(r.pairs().stream().map(PairedComparison::model).distinct().toList())
        .containsExactly("b", "c").inOrder();
    assertThat(r.pair("b", "", Comparison.ALL).orElseThrow().mcnemar().c()).isEqualTo(2);
    assertThat(r.pair("c", "", Comparison.ALL).orElseThrow().mcnemar().b()).isEqualTo(2);
    assertThat(r.pair("c", "", Comparison.ALL).orElseThrow().baseline()).isEqualTo("a");
  }

  @Test
  void repeatsGivePassAllPassAnyAndChanged() {
    // Question 0 passes 3/3, question 1 passes 1/3, question 2 passes 0/3, question 3 passes 2/3.
    Observations o = new Observations();
    o.model("a", "", "x", 0, "1101");
    o.model("a", "", "x", 1, "1001");
    o.model("a", "", "x", 2, "1000");
    ComparisonResult r = Comparison.of(o.list());
    ModelSummary s = r.summary("a", "", Comparison.ALL).orElseThrow();
    assertThat(s.samples()).isEqualTo(3);
    assertThat(s.passRateMethod()).isEqualTo("bootstrap");
    assertThat(s.passRate().value()).isWithin(1e-12).of(6.0 / 12);
    assertThat(s.passAll().orElseThrow().successes()).isEqualTo(1);
    assertThat(s.passAny().orElseThrow().successes()).isEqualTo(3);
    assertThat(s.changed().orElseThrow().successes()).isEqualTo(2);
  }

  @Test
  void withRepeatsAQuestionsPairedOutcomeIsItsMajority() {
    Observations o = new Observations();
    for (int sample = 0; sample < 3; sample++) {
      o.model("a", "", "x", sample, sample == 0 ? "10" : "11");
      o.model("b", "", "x", sample, sample == 0 ? "01" : "00");
    }
    PairedComparison p = Comparison.of(o.list()).pair("b", "", Comparison.ALL).orElseThrow();
    // a passes question 0 3/3 and question 1 2/3 (majority); b passes question 1 1/3 only.
    assertThat(p.onlyBaselinePasses()).containsExactly("x-0", "x-1");
    assertThat(p.onlyModelPasses()).isEmpty();
    assertThat(p.verdict()).contains("too little to tell");
  }

  @Test
  void questionsOnlyOneModelAnsweredAreLeftOutOfThePairingAndSaid() {
    List<Observation> list = new Observations().model("a", "x", "1111").model("b", "x", "11").list();
    PairedComparison p = Comparison.of(list).pair("b", "", Comparison.ALL).orElseThrow();
    assertThat(p.pairs()).isEqualTo(2);
    assertThat(p.unpaired()).isEqualTo(2);
    assertThat(p.verdict()).contains("2 questions answered by only one of them, left out");
  }

  @Test
  void verdictsSayWhenThereIsNothingOrTooLittle() {
    PairedComparison same = Comparison.of(new Observations().model("a", "x", "1100").model("b", "x", "1100").list())
        .pair("b", "", Comparison.ALL).orElseThrow();
    assertThat(same.verdict()).startsWith("same outcome on all 4 questions");
    assertThat(same.verdict()).contains("only a large difference could show");

    String a = "0".repeat(20) + "1".repeat(20);
    String b = "1".repeat(20) + "1".repeat(20);
    PairedComparison clear = Comparison.of(new Observations().model("a", "x", a).model("b", "x", b).list())
        .pair("b", "", Comparison.ALL).orElseThrow();
    assertThat(clear.mcnemar().significant(0.05)).isTrue();
    assertThat(clear.verdict()).startsWith("b passes more questions than a: +50.0 points");
  }

  @Test
  void theSameSeedGivesTheSameFigures() {
    List<Observation> list = new Observations().model("a", "x", "1101101011").model("b", "x", "1111001011").list();
    assertThat(Comparison.of(list, new Bootstrap(3, 500))).isEqualTo(Comparison.of(list, new Bootstrap(3, 500)));
    assertThat(Comparison.of(list).seed()).isEqualTo(Bootstrap.DEFAULT_SEED);
  }

  @Test
  void variantsAreComparedEachOnItsOwn() {
    Observations o = new Observations();
    o.model("a", "short", "x", 0, "1100");
    o.model("b", "short", "x", 0, "1111");
    o.model("a", "long", "x", 0, "0000");
    o.model("b", "long", "x", 0, "1000");
    ComparisonResult r = Comparison.of(o.list());
    assertThat(r.variants()).containsExactly("short", "long").inOrder();
    assertThat(r.pair("b", "short", Comparison.ALL).orElseThrow().onlyModelPasses()).hasSize(2);
    assertThat(r.pair("b", "long", Comparison.ALL).orElseThrow().onlyModelPasses()).hasSize(1);
  }

  @Test
  void aSampleAnsweredTwiceIsAMistake() {
    Observation o = Observation.of("a", "q1", "x", true, Map.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Comparison.of(List.of(o, o)));
    assertThat(e).hasMessageThat().contains("model a answered sample 0 of question q1 twice");
    assertThrows(IllegalArgumentException.class, () -> Comparison.of(List.of()));
  }

  @Test
  void aMissingScoreIsNotZero() {
    List<Observation> list = List.of(
        Observation.of("a", "q1", "x", true, Map.of("f1", 1.0)),
        Observation.of("a", "q2", "x", false, Map.of()));
    ModelSummary s = Comparison.of(list).summary("a", "", Comparison.ALL).orElseThrow();
    assertThat(s.means().get("f1").value()).isEqualTo(1.0);
    assertThat(s.means().get("f1").n()).isEqualTo(1);
  }

  @Test
  void aPairedIntervalThatLeavesOutZeroAgainstMcNemarIsUncertain() {
    // Baseline passes q0-3 every time; the model passes q4-11 every time and q12-41 once in three.
    Observations o = new Observations();
    for (int sample = 0; sample < 3; sample++) {
      StringBuilder base = new StringBuilder();
      StringBuilder model = new StringBuilder();
      for (int q = 0; q < 42; q++) {
        base.append(q < 4 ? '1' : '0');
        model.append(q < 4 ? '0' : q < 12 ? '1' : sample == 0 ? '1' : '0');
      }
      o.model("a", "", "x", sample, base.toString());
      o.model("b", "", "x", sample, model.toString());
    }
    PairedComparison p = Comparison.of(o.list()).pair("b", "", Comparison.ALL).orElseThrow();
    assertThat(p.mcnemar().b()).isEqualTo(4);
    assertThat(p.mcnemar().c()).isEqualTo(8);
    assertThat(p.mcnemar().significant(0.05)).isFalse();
    assertThat(p.passRateDifference().interval().lower()).isGreaterThan(0.0);
    assertThat(p.verdict()).startsWith("uncertain: the paired interval");
  }
}
