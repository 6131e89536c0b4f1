package io.github.qacatalog.eval.internal;

import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.result.ItemResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How scores become an outcome: every threshold of the expectation met, or the misses listed. */
final class Grading {
  /** The outcome and the thresholds missed. */
  record Graded(Outcome outcome, List<String> misses) {}

  private Grading() {}

  static Graded grade(boolean hasGoldAnswer, boolean needsGoldAnswer, Map<String, Double> thresholds,
      Map<String, Double> scores) {
    if (needsGoldAnswer && !hasGoldAnswer) {
      return new Graded(Outcome.NO_GOLD_ANSWER, List.of());
    }
    List<String> misses = new ArrayList<>();
    thresholds.forEach((name, minimum) -> {
      Double value = scores.get(name);
      if (value == null) {
        misses.add("no " + name + " score");
      } else if (value < minimum) {
        misses.add(name + " " + ItemResult.format(value) + " < " + ItemResult.format(minimum));
      }
    });
    return new Graded(misses.isEmpty() ? Outcome.PASSED : Outcome.FAILED, misses);
  }
}
