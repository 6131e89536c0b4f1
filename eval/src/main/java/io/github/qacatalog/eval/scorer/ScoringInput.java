package io.github.qacatalog.eval.scorer;

import io.github.qacatalog.eval.Expectation;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scorer grades: one question, its gold answer when the catalog gives one, the model's
 * response, and what the question's category expects.
 *
 * @param question the question as written in the catalog
 * @param goldAnswer the catalog's answer, empty when it gives none
 * @param response the model's response
 * @param expectation what the question's category expects
 */
public record ScoringInput(
    String question, Optional<String> goldAnswer, String response, Expectation expectation) {

  /** Checks that no component is {@code null}. */
  public ScoringInput {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(goldAnswer, "goldAnswer");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(expectation, "expectation");
  }
}
