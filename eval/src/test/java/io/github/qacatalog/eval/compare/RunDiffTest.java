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

  @Test
  void reportsAsTextAndAsGithubCommands() {
    var before = new java.util.ArrayList<>(new Observations().model("m", "x", "10").list());
    var now = new java.util.ArrayList<Observation>();
    now.add(new Observation("m", "", "x-0", "x", 0, false, java.util.Map.of(), "100%, really:\nsure?", ""));
    now.add(new Observation("m", "", "x-1", "x", 0, true, java.util.Map.of(), "", ""));
    RunDiff d = RunDiff.of(before, now);
    String text = RunDiffReport.render(d);
    assertThat(text).startsWith("Against the earlier run (m then, m now): 1 regression, 1 fix, 0 unchanged\n");
    assertThat(text).contains("  regression x-0 (x): passed 100 % of samples before, 0 % now");
    assertThat(RunDiffReport.github(d)).containsExactly(
        "::warning title=Regression%3A x-0::passed before, fails now: x-0 (x): passed 100 %25 of samples"
            + " before, 0 %25 now: 100%25, really:%0Asure?",
        "::notice title=Fixed%3A x-1::failed before, passes now: x-1 (x): passed 0 %25 of samples"
            + " before, 100 %25 now").inOrder();
  }
}
