package io.github.qacatalog.cli.eval;

import io.github.qacatalog.eval.compare.ThresholdCheck;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import java.util.List;

/**
 * Whether a run passed, which is the exit code: every threshold reached, by the evaluation's own
 * {@link RunResult#check()} (the check a JUnit test asserts, printed by the run as its {@code
 * Requirements} section), and no call failed.
 *
 * @param check the thresholds checked against every model and variant
 * @param failedCalls the results whose call failed after every retry
 */
public record RunVerdict(ThresholdCheck check, List<ItemResult> failedCalls) {

  /** The verdict of a run whose thresholds were given to the evaluation as requirements. */
  public static RunVerdict of(RunResult result) {
    return new RunVerdict(result.check(),
        result.items().stream().filter(r -> r.error().isPresent()).toList());
  }

  /** Copies the list. */
  public RunVerdict {
    failedCalls = List.copyOf(failedCalls);
  }

  /** One sentence per figure below its threshold. */
  public List<String> misses() {
    return check.failures();
  }

  /** Whether every threshold was reached and no call failed. */
  public boolean passed() {
    return check.passed() && failedCalls.isEmpty();
  }
}
