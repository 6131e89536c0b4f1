package io.github.qacatalog.cli.eval;

import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run's end says beside the evaluation's own table: the thresholds each model reached or
 * missed, and whether the run passed (every threshold reached, no call failed), which is the exit
 * code.
 *
 * @param checked thresholds times models
 * @param misses one line per threshold a model missed, {@code model, category: measure v < min}
 * @param failedCalls the results whose call failed after every retry
 */
public record RunVerdict(int checked, List<String> misses, List<ItemResult> failedCalls) {

  /** Checks every threshold against every model of the run. */
  public static RunVerdict of(RunResult result, List<CategoryThreshold> thresholds) {
    List<String> misses = new ArrayList<>();
    for (CategoryThreshold threshold : thresholds) {
      for (String model : result.models()) {
        threshold.miss(result, model).ifPresent(misses::add);
      }
    }
    return new RunVerdict(thresholds.size() * result.models().size(), List.copyOf(misses),
        result.items().stream().filter(r -> r.error().isPresent()).toList());
  }

  /** Whether every threshold was reached and no call failed. */
  public boolean passed() {
    return misses.isEmpty() && failedCalls.isEmpty();
  }

  /** The lines printed after the table: none without thresholds. */
  public List<String> lines() {
    if (checked == 0) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add("thresholds: " + (checked - misses.size()) + " of " + checked + " reached");
    misses.forEach(m -> lines.add("  missed: " + m));
    return lines;
  }
}
