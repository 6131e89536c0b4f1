package io.github.qacatalog.eval.calibration;

import io.github.qacatalog.eval.stats.Auc;
import io.github.qacatalog.eval.stats.ThresholdFit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Calibrates every score of a set of graded answers, in order of first appearance. */
public final class Calibration {
  /** Below this many graded answers, no threshold is chosen: too little to tell. */
  public static final int MIN_GRADED = 30;

  private Calibration() {}

  /**
   * Calibrates each score; {@code configured} holds the thresholds the run is configured with, by
   * score name (a score without one is calibrated all the same).
   */
  public static List<ScoreCalibration> of(List<GradedScore> graded, Map<String, Double> configured) {
    Map<String, List<GradedScore>> byScore = new LinkedHashMap<>();
    for (GradedScore g : graded) {
      byScore.computeIfAbsent(g.scoreName(), s -> new ArrayList<>()).add(g);
    }
    List<ScoreCalibration> out = new ArrayList<>();
    for (Map.Entry<String, List<GradedScore>> e : byScore.entrySet()) {
      List<GradedScore> values = e.getValue();
      int n = values.size();
      double[] scores = new double[n];
      boolean[] truth = new boolean[n];
      int passes = 0;
      for (int i = 0; i < n; i++) {
        scores[i] = values.get(i).value();
        truth[i] = values.get(i).personPassed();
        passes += truth[i] ? 1 : 0;
      }
      Auc auc = Auc.of(scores, truth);
      Optional<String> caveat = tooLittle(n, passes);
      Optional<ThresholdFit> best = caveat.isPresent()
          ? Optional.empty() : Optional.of(ThresholdFit.best(scores, truth));
      Double threshold = configured.get(e.getKey());
      out.add(new ScoreCalibration(e.getKey(), n, passes, n - passes, auc, best,
          threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold),
          threshold == null ? Optional.empty() : Optional.of(ThresholdFit.at(threshold, scores, truth)),
          caveat));
    }
    return List.copyOf(out);
  }

  /** The chosen thresholds, by score, of the calibrations that could choose one. */
  public static Map<String, Double> thresholds(List<ScoreCalibration> calibrations) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (ScoreCalibration c : calibrations) {
      c.best().ifPresent(b -> out.put(c.score(), b.threshold()));
    }
    return out;
  }

  private static Optional<String> tooLittle(int n, int passes) {
    if (n < MIN_GRADED) {
      return Optional.of("too little to tell: " + n + " graded answer" + (n == 1 ? "" : "s")
          + ", fewer than " + MIN_GRADED + "; no threshold chosen");
    }
    if (passes == 0 || passes == n) {
      return Optional.of("too little to tell: the person " + (passes == 0 ? "failed" : "passed")
          + " all " + n + " answers, so nothing shows where a pass ends; no threshold chosen");
    }
    int smaller = Math.min(passes, n - passes);
    if (smaller < 5) {
      return Optional.of("too little to tell: only " + smaller + " answer" + (smaller == 1 ? "" : "s")
          + " the person " + (passes < n - passes ? "passed" : "failed")
          + "; a threshold would rest on " + (smaller == 1 ? "it" : "them") + " alone; no threshold chosen");
    }
    return Optional.empty();
  }
}
