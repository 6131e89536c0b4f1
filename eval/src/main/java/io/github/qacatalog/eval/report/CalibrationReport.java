package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.calibration.Calibration;
import io.github.qacatalog.eval.calibration.CalibrationCsv;
import io.github.qacatalog.eval.calibration.ScoreCalibration;
import io.github.qacatalog.eval.result.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE_NAME}: for every numeric score, how well it separates what the person passed from
 * what they failed, the threshold that agrees best with them and what the configured one gets.
 * Not written when no result has a person's pass.
 */
public final class CalibrationReport implements ReportWriter {
  /** The file's name in the report directory. */
  public static final String FILE_NAME = "calibration.csv";

  private final Map<String, Double> configured;

  /** Against the thresholds the run was configured with, by score (before any calibration). */
  public CalibrationReport(Map<String, Double> configured) {
    this.configured = new LinkedHashMap<>(configured);
  }

  /** The calibration of every score of a run; empty when no result has a person's pass. */
  public List<ScoreCalibration> calibrations(RunResult result) {
    return Calibration.of(PersonGrades.gradedScores(result), configured);
  }

  @Override
  public void write(RunResult result, Path directory) throws IOException {
    List<ScoreCalibration> calibrations = calibrations(result);
    if (!calibrations.isEmpty()) {
      ReportFiles.replaceAtomically(directory.resolve(FILE_NAME),
          file -> CalibrationCsv.write(calibrations, file));
    }
  }
}
