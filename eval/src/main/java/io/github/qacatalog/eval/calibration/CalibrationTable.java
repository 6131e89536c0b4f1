package io.github.qacatalog.eval.calibration;

import io.github.qacatalog.eval.stats.ThresholdFit;
import io.github.qacatalog.eval.stats.internal.Cells;
import io.github.qacatalog.eval.stats.internal.TextTable;
import java.util.List;
import java.util.Optional;

/** The console table of a calibration: one line per score. */
public final class CalibrationTable {
  private CalibrationTable() {}

  /** The table as text. */
  public static String render(List<ScoreCalibration> calibrations) {
    StringBuilder out = new StringBuilder("Scores against the person's verdicts (a score at or above"
        + " a threshold passes; misses: the person's passes failed / fails passed):\n");
    TextTable table = new TextTable()
        .groupLabels(List.of("", "best", "configured", ""))
        .groupStartsAt(4).groupStartsAt(8).groupStartsAt(12)
        .header(List.of("score", "graded", "pass/fail", "AUC", "threshold", "agreement", "kappa",
            "misses", "threshold", "agreement", "kappa", "misses", "note"));
    for (ScoreCalibration c : calibrations) {
      table.row(List.of(c.score(), Integer.toString(c.graded()),
          c.personPasses() + "/" + c.personFails(), Cells.number(c.auc().value(), 2),
          c.best().map(b -> Cells.number(b.threshold(), 3)).orElse("-"),
          agreement(c.best()), kappa(c.best()), misses(c.best()),
          c.configuredThreshold().isPresent() ? Cells.number(c.configuredThreshold().getAsDouble(), 3) : "-",
          agreement(c.configured()), kappa(c.configured()), misses(c.configured()),
          c.caveat().or(() -> c.auc().caveat()).orElse("")));
    }
    return out.append(table.render()).toString();
  }

  private static String agreement(Optional<ThresholdFit> fit) {
    return fit.map(f -> Cells.number(f.agreement(), 2)).orElse("-");
  }

  private static String kappa(Optional<ThresholdFit> fit) {
    return fit.map(f -> Cells.number(f.kappa().value(), 2)).orElse("-");
  }

  private static String misses(Optional<ThresholdFit> fit) {
    return fit.map(f -> f.missedPasses() + "/" + f.missedFails()).orElse("-");
  }
}
