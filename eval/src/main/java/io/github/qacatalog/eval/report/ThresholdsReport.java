package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.calibration.Calibration;
import io.github.qacatalog.eval.calibration.ScoreCalibration;
import io.github.qacatalog.eval.calibration.ThresholdsFile;
import io.github.qacatalog.eval.result.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE_NAME}: the thresholds of a calibrated run, each configured threshold replaced by
 * its calibrated value where the person's grades gave one, for a later run to load with {@code
 * Evaluation.Builder#thresholds(Path)}.
 */
public final class ThresholdsReport implements ReportWriter {
  /** The file's name in the report directory. */
  public static final String FILE_NAME = "thresholds.txt";

  private final Map<Expectation, Map<String, Double>> configured;

  /** Calibrates these configured thresholds of each expectation. */
  public ThresholdsReport(Map<Expectation, Map<String, Double>> configured) {
    this.configured = configured;
  }

  /** The calibration of one expectation's scores, on its results only. */
  public static List<ScoreCalibration> calibrations(RunResult result, Expectation expectation,
      Map<String, Double> configured) {
    RunResult only = new RunResult(result.models(),
        result.items().stream().filter(r -> r.expectation() == expectation).toList());
    return new CalibrationReport(configured).calibrations(only);
  }

  /**
   * Each configured threshold, replaced by the one calibrated on the results of its expectation
   * when the calibration chose one (it does not with too few graded answers or only one class),
   * so that a score given under two expectations is calibrated apart under each.
   */
  public static Map<Expectation, Map<String, Double>> chosen(RunResult result,
      Map<Expectation, Map<String, Double>> configured) {
    Map<Expectation, Map<String, Double>> out = new EnumMap<>(Expectation.class);
    configured.forEach((e, thresholds) -> {
      Map<String, Double> calibrated = Calibration.thresholds(calibrations(result, e, thresholds));
      Map<String, Double> now = new LinkedHashMap<>();
      thresholds.forEach((score, value) -> now.put(score, calibrated.getOrDefault(score, value)));
      out.put(e, now);
    });
    return out;
  }

  @Override
  public void write(RunResult result, Path directory) throws IOException {
    Map<String, Double> flat = new LinkedHashMap<>();
    chosen(result, configured).values().forEach(flat::putAll);
    List<String> notes = new ArrayList<>();
    notes.add("qacatalog thresholds: a score at or above its threshold passes.");
    configured.forEach((e, thresholds) -> {
      for (ScoreCalibration c : calibrations(result, e, thresholds)) {
        if (thresholds.containsKey(c.score())) {
          notes.add(c.score() + ": " + (c.best().isPresent()
              ? "calibrated on " + c.graded() + " hand-graded answers (" + c.personPasses()
                  + " passed by the person, " + c.personFails() + " failed)"
              : "kept as configured: " + c.caveat().orElse("no threshold chosen")));
        }
      }
    });
    ReportFiles.replaceAtomically(directory.resolve(FILE_NAME),
        file -> ThresholdsFile.write(file, flat, notes));
  }
}
