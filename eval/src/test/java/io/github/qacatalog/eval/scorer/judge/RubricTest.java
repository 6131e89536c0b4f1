package io.github.qacatalog.eval.scorer.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RubricTest {
  private static final Rubric PERSON = Rubric.of("person",
      Criterion.of("completeness", "Full", "Partial"),
      Criterion.of("accuracy", "Perfect", "Minor Error", "Major Error"),
      Criterion.of("conciseness", "Concise", "Verbose").weighted(0.5));

  @Test
  void labelsMatchIgnoringCaseAndSpace() {
    Criterion accuracy = PERSON.criterion("accuracy").orElseThrow();
    assertEquals(Optional.of("Minor Error"), accuracy.label("  minor error "));
    assertEquals(Optional.empty(), accuracy.label("minor"));
    assertEquals(0.5, accuracy.value("MINOR ERROR"));
    assertEquals(0.0, accuracy.value("major error"));
  }

  @Test
  void scoreIsTheWeightedMeanOfTheGradedCriteria() {
    // completeness 1 (w 1), accuracy 0.5 (w 1), conciseness 0 (w 0.5): 1.5 / 2.5
    assertEquals(0.6, PERSON.score(Map.of(
        "completeness", "full", "accuracy", "Minor Error", "conciseness", "Verbose")), 1e-12);
    assertEquals(0.5, PERSON.score(Map.of("accuracy", "minor error")), 1e-12);
    assertTrue(Double.isNaN(PERSON.score(Map.of())));
  }

  @Test
  void passNeedsEveryCriterionAtAPassingLabel() {
    assertTrue(PERSON.passes(Map.of("completeness", "Full", "accuracy", "Perfect", "conciseness", "concise")));
    assertFalse(PERSON.passes(Map.of("completeness", "Full", "accuracy", "Minor Error", "conciseness", "concise")));
    assertFalse(PERSON.passes(Map.of("completeness", "Full", "accuracy", "Perfect")), "ungraded criterion");
    Rubric lenient = Rubric.of("lenient",
        Criterion.of("accuracy", "Perfect", "Minor Error", "Major Error").passingDownTo("Minor Error"));
    assertTrue(lenient.passes(Map.of("accuracy", "minor error")));
    assertFalse(lenient.passes(Map.of("accuracy", "major error")));
    assertFalse(lenient.passes(Map.of()));
  }

  @Test
  void passScoreReplacesThePerCriterionRule() {
    Rubric byScore = PERSON.passingAtScore(0.6);
    assertTrue(byScore.passes(Map.of("completeness", "full", "accuracy", "Minor Error", "conciseness", "Verbose")));
    assertFalse(byScore.passes(Map.of("completeness", "partial", "accuracy", "Minor Error")));
  }

  @Test
  void unknownCriteriaAndLabelsAreRefusedWithTheLabels() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PERSON.score(Map.of("accuracy", "Great")));
    assertTrue(e.getMessage().contains("Perfect, Minor Error, Major Error"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PERSON.passes(Map.of("tone", "nice")));
    assertThrows(IllegalArgumentException.class, () -> Criterion.of("x", "A", "a"));
    assertThrows(IllegalArgumentException.class, () -> Criterion.of("x", "only"));
    assertThrows(IllegalArgumentException.class, () -> Criterion.of("Bad Name", "a", "b"));
    assertThrows(IllegalArgumentException.class,
        () -> Rubric.of("r", Criterion.of("a", "x", "y"), Criterion.of("a", "x", "y")));
  }

  @Test
  void fingerprintChangesWithAnythingThatDecidesAVerdict() {
    String base = PERSON.fingerprint();
    assertEquals(base, Rubric.of("person",
        Criterion.of("completeness", "Full", "Partial"),
        Criterion.of("accuracy", "Perfect", "Minor Error", "Major Error"),
        Criterion.of("conciseness", "Concise", "Verbose").weighted(0.5)).fingerprint());
    assertNotEquals(base, PERSON.passingAtScore(0.5).fingerprint());
    assertNotEquals(base, Rubric.of("person",
        Criterion.of("completeness", "Full", "Partial"),
        Criterion.of("accuracy", "Perfect", "Minor Error", "Major Error").passingDownTo("Minor Error"),
        Criterion.of("conciseness", "Concise", "Verbose").weighted(0.5)).fingerprint());
    assertNotEquals(Rubric.DEFAULT.fingerprint(), base);
  }
}
