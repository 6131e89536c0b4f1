package io.github.qacatalog.cli.eval;

import io.github.qacatalog.eval.compare.Comparison;
import io.github.qacatalog.eval.compare.Threshold;
import java.util.Locale;
import java.util.Optional;

/**
 * A gate on a run, {@code [CATEGORY:]MEASURE=MINIMUM}: the pass rate ({@value #PASS_RATE}) or the
 * mean of a score ({@code similarity}, {@code judge}, ...) that each model must reach, over one
 * category or, without one, over every question. The category is everything before the last colon,
 * so that a title may hold colons.
 *
 * @param category the category title; empty for every question
 * @param measure {@value #PASS_RATE} or a score name
 * @param minimum the least value that passes
 * @param text the option as typed
 */
public record CategoryThreshold(Optional<String> category, String measure, double minimum, String text) {
  /** The measure that is the share of graded questions passed, from 0 to 1. */
  public static final String PASS_RATE = Threshold.PASS_RATE;

  /** Parses the option; throws {@link IllegalArgumentException} saying what the form is. */
  public static CategoryThreshold parse(String text) {
    String form = "a threshold is [CATEGORY:]MEASURE=MINIMUM, MEASURE being pass_rate or a score"
        + " such as similarity, e.g. \"Product Facts:pass_rate=0.8\", not \"" + text + "\"";
    int equals = text.lastIndexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException(form);
    }
    double minimum;
    try {
      minimum = Double.parseDouble(text.substring(equals + 1).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(form);
    }
    if (Double.isNaN(minimum) || Double.isInfinite(minimum)) {
      throw new IllegalArgumentException(form);
    }
    String left = text.substring(0, equals);
    int colon = left.lastIndexOf(':');
    String measure = left.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
    Optional<String> category = colon < 0 ? Optional.empty() : Optional.of(left.substring(0, colon).strip());
    if (measure.isEmpty() || category.map(String::isEmpty).orElse(false)) {
      throw new IllegalArgumentException(form);
    }
    return new CategoryThreshold(category, measure, minimum, text);
  }

  /**
   * The threshold as the evaluation states it, so that {@code RunResult.check()} decides: the same
   * check as a JUnit test's {@code result.check().assertPassed()}.
   */
  public Threshold threshold() {
    return new Threshold(category.orElse(Comparison.ALL), measure, minimum);
  }
}
