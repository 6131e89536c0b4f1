package io.github.qacatalog.cli;

import io.github.qacatalog.cli.eval.RunVerdict;
import io.github.qacatalog.eval.compare.Observation;
import io.github.qacatalog.eval.compare.RunDiff;
import io.github.qacatalog.eval.compare.RunDiffReport;
import io.github.qacatalog.eval.report.RegressionReport;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The GitHub Actions workflow commands of {@code eval --format github}: an {@code ::error} per
 * missed threshold, a {@code ::warning} per failed call, and against an earlier run a {@code
 * ::warning} per regression and a {@code ::notice} per fix (the evaluation's {@link RunDiffReport}).
 */
final class EvalAnnotations {
  private EvalAnnotations() {}

  /** The commands, in that order; {@code earlier} is null without {@code --baseline}. */
  static List<String> of(RunResult result, RunVerdict verdict, List<Observation> earlier) {
    List<String> lines = new ArrayList<>();
    verdict.misses().forEach(m -> lines.add("::error title=qacatalog eval threshold::"
        + GitHubActionsSink.escapeData(m)));
    for (ItemResult r : verdict.failedCalls()) {
      lines.add("::warning title=qacatalog eval failed call::" + GitHubActionsSink.escapeData(
          r.model() + ", " + r.id() + " (" + r.category() + "): " + r.error().orElse("")));
    }
    if (earlier != null) {
      for (RunDiff d : new RegressionReport(earlier).diffs(result)) {
        lines.addAll(RunDiffReport.github(d));
      }
    }
    return lines;
  }
}
