package io.github.qacatalog.eval.compare;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class RunDiffTest {

  @Test
  void regressionsAndFixesPerQuestion() {
    var before = new Observations().model("m", "x", "11001").list();
    var now = new Observations().model("m2", "x", "10101").list();
    RunDiff d = RunDiff.of(before, now);
    assertThat(d.earlierModel()).isEqualTo("m");
    assertThat(d.model()).isEqualTo("m2");
    assertThat(d.regressions().stream().map(QuestionChange::questionId).toList()).containsExactly("x-1");
    assertThat(d.fixes().stream().map(QuestionChange::questionId).toList()).containsExactly("x-2");
    assertThat(d.regressions().get(0).before()).isEqualTo(1.0);
    assertThat(d.regressions().get(0).now()).isEqualTo(0.0);
    assertThat(d.regressions().get(0).question()).isEqualTo("Question 1?");
    assertThat(d.unchanged()).isEqualTo(3);
  }

  @Test
  void questionsOnOneSideOnlyAreListed() {
    var before = new Observations().model("m", "x", "111").list();
    var now = new Observations().model("m", "x", "11").model("m", "y", "1").list();
    RunDiff d = RunDiff.of(before, now);
    assertThat(d.onlyEarlier()).containsExactly("x-2");
    assertThat(d.onlyNow()).containsExactly("y-0");
    assertThat(d.unchanged()).isEqualTo(2);
  }

  @Test
  void withRepeatsTheMajorityDecides() {
    Observations before = new Observations();
    before.model("m", "", "x", 0, "1");
    before.model("m", "", "x", 1, "1");
    before.model("m", "", "x", 2, "0");
    Observations now = new Observations();
    now.model("m", "", "x", 0, "1");
    now.model("m", "", "x", 1, "0");
    now.model("m", "", "x", 2, "0");
    RunDiff d = RunDiff.of(before.list(), now.list());
    assertThat(d.regressions()).hasSize(1);
    assertThat(d.regressions().get(0).before()).isWithin(1e-12).of(2.0 / 3);
  }
}
