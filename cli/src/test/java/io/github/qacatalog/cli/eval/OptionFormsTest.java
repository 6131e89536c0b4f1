package io.github.qacatalog.cli.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.compare.Comparison;
import io.github.qacatalog.eval.compare.Threshold;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The forms of --model, --threshold, --expect and --rubric, and the messages for wrong ones. */
class OptionFormsTest {
  @Test
  void aModelIsProviderColonNameTheProviderIgnoringCaseTheNameKeepingItsColons() {
    ModelSpec spec = ModelSpec.parse("OpenAI:ft:gpt-4o-mini:acme:7p4");
    assertThat(spec.provider()).isEqualTo(Provider.OPENAI);
    assertThat(spec.name()).isEqualTo("ft:gpt-4o-mini:acme:7p4");
    assertThat(spec.text()).isEqualTo("OpenAI:ft:gpt-4o-mini:acme:7p4");

    assertThat(ModelSpec.parse("recorded:C:\\runs\\a.csv").name()).isEqualTo("C:\\runs\\a.csv");
    assertThat(assertThrows(ProviderException.class, () -> ModelSpec.parse("openai:")).getMessage())
        .contains("a model is PROVIDER:NAME");
  }

  @Test
  void aThresholdsCategoryIsEverythingBeforeTheLastColonSoThatTitlesMayHoldColons() {
    CategoryThreshold t = CategoryThreshold.parse("Q&A: pricing:pass_rate=0.8");
    assertThat(t.category()).isEqualTo(Optional.of("Q&A: pricing"));
    assertThat(t.measure()).isEqualTo("pass_rate");
    assertThat(t.minimum()).isEqualTo(0.8);

    CategoryThreshold overall = CategoryThreshold.parse("Similarity=0.65");
    assertThat(overall.category()).isEmpty();
    assertThat(overall.measure()).isEqualTo("similarity");
    assertThat(overall.minimum()).isEqualTo(0.65);

    // The evaluation's own threshold, which RunResult.check() checks: over every question is ALL.
    assertThat(t.threshold()).isEqualTo(new Threshold("Q&A: pricing", Threshold.PASS_RATE, 0.8));
    assertThat(overall.threshold()).isEqualTo(new Threshold(Comparison.ALL, "similarity", 0.65));
  }

  @Test
  void aRubricIsDefaultOrPersonIgnoringCaseAndThePersonsPassNeedsFullAndPerfect() {
    assertThat(RubricOption.parse("Default").rubric()).isEqualTo(Rubric.DEFAULT);
    Rubric person = RubricOption.parse("person").rubric();
    assertThat(person.passes(Map.of("completeness", "Full", "accuracy", "Perfect",
        "conciseness", "Verbose", "format", "Ignored"))).isTrue();
    assertThat(person.passes(Map.of("completeness", "Full", "accuracy", "Minor Error",
        "conciseness", "Concise", "format", "Followed"))).isFalse();
    assertThat(assertThrows(IllegalArgumentException.class, () -> RubricOption.parse("strict")))
        .hasMessageThat().isEqualTo("a rubric is default or person, not \"strict\"");
  }

  @Test
  void aThresholdWithoutANumberOrAMeasureSaysWhatTheFormIs() {
    for (String wrong : new String[] {"pass_rate", "pass_rate=high", "A:=0.5", ":pass_rate=0.5", "=0.5", "x=NaN"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> CategoryThreshold.parse(wrong));
      assertThat(e).hasMessageThat().contains("a threshold is [CATEGORY:]MEASURE=MINIMUM");
      assertThat(e).hasMessageThat().contains("not \"" + wrong + "\"");
    }
  }

  @Test
  void anExpectationNamesACategoryAndRefusalOrAnswer() {
    assertThat(ExpectOption.parse("Out-of-Scope QA=Refusal"))
        .isEqualTo(new ExpectOption("Out-of-Scope QA", Expectation.REFUSAL));
    assertThat(ExpectOption.parse("a=b=answer")).isEqualTo(new ExpectOption("a=b", Expectation.ANSWER));
    assertThat(assertThrows(IllegalArgumentException.class, () -> ExpectOption.parse("Out-of-Scope QA=refuse")))
        .hasMessageThat().contains("an expectation is CATEGORY=refusal or CATEGORY=answer");
  }
}
