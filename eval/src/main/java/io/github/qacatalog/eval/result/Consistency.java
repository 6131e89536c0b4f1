package io.github.qacatalog.eval.result;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How consistent one model is on one question asked in several wordings (the question as written
 * and its paraphrases), in one variant: how many of its answers passed, and the worst of them.
 * Every answer counts: with repeats, each sample of each wording.
 *
 * @param model the model's name
 * @param variant the variant of the run
 * @param id the question's id
 * @param category the title of the question's category
 * @param question the question as written
 * @param wordings how many wordings were asked
 * @param answers how many answers: wordings times samples (a failed call counts, as failed)
 * @param passed how many answers passed
 * @param worst the worst answer: a failed one before a passing one (a failed call first), then
 *     the lowest {@code score}; the first in run order among equals
 * @param score the score that ranks the answers: the first score, in the run's order, that an
 *     answer to the question has ({@code similarity} by default, {@code refusal} for a refusal),
 *     or null when none has one (every call failed)
 */
public record Consistency(String model, String variant, String id, String category,
    String question, int wordings, int answers, int passed, ItemResult worst, String score) {

  /** Checks the fields. */
  public Consistency {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(worst, "worst");
    if (passed < 0 || passed > answers || wordings < 1 || answers < wordings) {
      throw new IllegalArgumentException(passed + " passed of " + answers + " answers to "
          + wordings + " wordings");
    }
  }

  /** Whether every answer passed, in every wording. */
  public boolean consistent() {
    return passed == answers;
  }

  /** The share of answers that passed, from 0 to 1. */
  public double passRate() {
    return (double) passed / answers;
  }

  /** The worst answer's {@link #score()}, empty when it has none. */
  public OptionalDouble worstScore() {
    return score == null ? OptionalDouble.empty() : worst.score(score);
  }
}
