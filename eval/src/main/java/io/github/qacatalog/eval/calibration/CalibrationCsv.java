package io.github.qacatalog.eval.calibration;

import io.github.qacatalog.eval.stats.ThresholdFit;
import io.github.qacatalog.eval.stats.internal.Cells;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code calibration.csv}: one row per score with every figure in a numeric column of its own;
 * empty cells where a figure does not apply. Plain RFC 4180 CSV in UTF-8 with a header.
 */
public final class CalibrationCsv {
  /** The columns. */
  public static final List<String> HEADER = List.of("score", "graded", "person_passes",
      "person_fails", "auc", "best_threshold", "best_agreement", "best_kappa",
      "best_missed_passes", "best_missed_fails", "configured_threshold", "configured_agreement",
      "configured_kappa", "configured_missed_passes", "configured_missed_fails", "caveat");

  private CalibrationCsv() {}

  /** Writes the calibrations to {@code file}. */
  public static void write(List<ScoreCalibration> calibrations, Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format)) {
      for (ScoreCalibration c : calibrations) {
        List<String> row = new ArrayList<>(List.of(c.score(), Integer.toString(c.graded()),
            Integer.toString(c.personPasses()), Integer.toString(c.personFails()),
            Cells.csv(c.auc().value())));
        fit(row, c.best(), true);
        row.add(c.configuredThreshold().isPresent() ? Cells.csv(c.configuredThreshold().getAsDouble()) : "");
        fit(row, c.configured(), false);
        row.add(c.caveat().or(() -> c.auc().caveat()).orElse(""));
        csv.printRecord(row);
      }
    }
  }

  private static void fit(List<String> row, Optional<ThresholdFit> fit, boolean withThreshold) {
    if (fit.isEmpty()) {
      for (int i = withThreshold ? 0 : 1; i < 5; i++) {
        row.add("");
      }
      return;
    }
    ThresholdFit f = fit.get();
    if (withThreshold) {
      row.add(Cells.csv(f.threshold()));
    }
    row.add(Cells.csv(f.agreement()));
    row.add(Cells.csv(f.kappa().value()));
    row.add(Integer.toString(f.missedPasses()));
    row.add(Integer.toString(f.missedFails()));
  }
}
