package io.github.qacatalog.eval.internal;

import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.agreement.AgreementTable;
import io.github.qacatalog.eval.agreement.CriterionAgreement;
import io.github.qacatalog.eval.calibration.CalibrationTable;
import io.github.qacatalog.eval.calibration.ScoreCalibration;
import io.github.qacatalog.eval.compare.ComparisonTable;
import io.github.qacatalog.eval.compare.Observation;
import io.github.qacatalog.eval.compare.RunDiff;
import io.github.qacatalog.eval.compare.RunDiffReport;
import io.github.qacatalog.eval.compare.Threshold;
import io.github.qacatalog.eval.compare.ThresholdCheck;
import io.github.qacatalog.eval.recorded.GradeKey;
import io.github.qacatalog.eval.recorded.HandGrade;
import io.github.qacatalog.eval.recorded.HandGrades;
import io.github.qacatalog.eval.report.AgreementReport;
import io.github.qacatalog.eval.report.CalibrationReport;
import io.github.qacatalog.eval.report.ConsistencyReport;
import io.github.qacatalog.eval.result.Consistency;
import io.github.qacatalog.eval.report.RegressionReport;
import io.github.qacatalog.eval.report.ThresholdsReport;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.PersonGrade;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a run adds once every answer is in: the person's grades kept beside the results, the
 * thresholds calibrated on them when asked, the requirements; then, printed between the tables and
 * the closing line, the comparison of the models, the run against an earlier one, the judge's
 * agreement with the person and the calibration of every score. The files are {@code
 * ReportWriter}s of their own, given the same (masked) result.
 *
 * @param handGrades the person's grades, or null
 * @param judged whether a judge grades the run (then its agreement with the person is shown)
 * @param calibrate whether to set each threshold to its calibrated value
 * @param earlier the graded answers of an earlier run, or null
 * @param earlierSource where they were read, for the heading
 * @param requirements the minimum figures the run must reach
 * @param thresholds the configured thresholds of each expectation
 */
public record RunAnalyses(HandGrades handGrades, boolean judged, boolean calibrate,
    List<Observation> earlier, Path earlierSource, List<Threshold> requirements,
    Map<Expectation, Map<String, Double>> thresholds) {

  /** No analysis but the comparison of several models. */
  public static RunAnalyses none(Map<Expectation, Map<String, Double>> thresholds) {
    return new RunAnalyses(null, false, false, null, null, List.of(), thresholds);
  }

  /** Copies the lists. */
  public RunAnalyses {
    requirements = List.copyOf(requirements);
    earlier = earlier == null ? null : List.copyOf(earlier);
  }

  /** Every configured threshold, by score name, over the expectations. */
  public Map<String, Double> configured() {
    Map<String, Double> all = new LinkedHashMap<>();
    thresholds.values().forEach(all::putAll);
    return all;
  }

  /** The run, completed; {@code clean} masks the person's notes as every text of a result is. */
  RunResult complete(RunResult raw, UnaryOperator<String> clean, PrintStream err, List<String> notes) {
    List<ItemResult> items = raw.items();
    if (handGrades != null) {
      items = withGrades(items, clean, err);
    }
    if (calibrate && handGrades != null) {
      items = calibrated(new RunResult(raw.models(), items), notes);
    }
    return new RunResult(raw.models(), items, requirements);
  }

  private List<ItemResult> withGrades(List<ItemResult> items, UnaryOperator<String> clean,
      PrintStream err) {
    List<ItemResult> out = new ArrayList<>();
    Set<GradeKey> used = new HashSet<>();
    for (ItemResult r : items) {
      // The wording asked: a person's grade of a paraphrase's answer grades that answer only.
      GradeKey key = new GradeKey(r.model(), r.id(), r.asked(), r.variant(), r.sample());
      HandGrade grade = handGrades.get(key).orElse(null);
      if (grade == null) {
        out.add(r);
        continue;
      }
      used.add(key);
      Map<String, String> labels = new LinkedHashMap<>();
      for (Criterion c : handGrades.rubric().criteria()) {
        String label = grade.labels().get(c.name());
        if (label != null) {
          labels.put(c.name(), label);
        }
      }
      out.add(r.withPersonGrade(
          new PersonGrade(labels, handGrades.passed(grade), clean.apply(grade.note()))));
    }
    long unused = handGrades.all().stream().filter(g -> !used.contains(g.key())).count();
    if (unused > 0) {
      err.println("qacatalog-eval: warning: " + unused + " of " + handGrades.size()
          + " hand grades grade no answer of this run (another model, wording, variant or sample)");
    }
    return out;
  }

  private List<ItemResult> calibrated(RunResult graded, List<String> notes) {
    Map<Expectation, Map<String, Double>> now = ThresholdsReport.chosen(graded, thresholds);
    thresholds.forEach((e, configured) -> {
      for (ScoreCalibration c : ThresholdsReport.calibrations(graded, e, configured)) {
        Double before = configured.get(c.score());
        if (before == null) {
          continue;
        }
        notes.add(c.best().isPresent()
            ? "calibrated: " + c.score() + " threshold " + ItemResult.format(before) + " -> "
                + ItemResult.format(now.get(e).get(c.score())) + " (best agreement with the person on "
                + c.graded() + " hand-graded answers)"
            : "not calibrated: " + c.score() + " threshold stays " + ItemResult.format(before)
                + " (" + c.caveat().orElse("no threshold chosen") + ")");
      }
    });
    List<ItemResult> out = new ArrayList<>();
    for (ItemResult r : graded.items()) {
      if (r.outcome() == Outcome.ERROR) {
        out.add(r);
        continue;
      }
      Grading.Graded g = Grading.grade(r.goldAnswer().isPresent(),
          r.expectation() == Expectation.ANSWER, now.getOrDefault(r.expectation(), Map.of()),
          r.scores());
      out.add(r.withOutcome(g.outcome(), g.misses()));
    }
    return out;
  }

  /** The sections printed after the tables, each under a heading; empty when there are none. */
  String console(RunResult result, List<String> notes) {
    StringBuilder text = new StringBuilder();
    List<Consistency> consistency = result.consistency();
    if (!consistency.isEmpty()) {
      section(text, "Consistency over the wordings of each question",
          ConsistencyReport.render(consistency));
    }
    if (result.models().size() > 1 && !result.observations().isEmpty()) {
      section(text, "Comparison of the models", ComparisonTable.render(result.comparison()));
    }
    if (earlier != null) {
      StringBuilder diffs = new StringBuilder();
      for (RunDiff d : new RegressionReport(earlier).diffs(result)) {
        diffs.append(RunDiffReport.render(d));
      }
      section(text, "Against the earlier run " + earlierSource, diffs.toString());
    }
    if (!notes.isEmpty()) {
      section(text, "Calibrated thresholds", String.join("\n", notes) + "\n");
    }
    if (handGrades != null && judged) {
      List<CriterionAgreement> agreements = new AgreementReport(handGrades.rubric()).agreements(result);
      section(text, "Agreement of the judge with the person's grades",
          agreements.isEmpty() ? "no answer graded by both the person and the judge\n"
              : AgreementTable.render(agreements));
    }
    if (handGrades != null) {
      List<ScoreCalibration> calibrations = new CalibrationReport(configured()).calibrations(result);
      section(text, "Calibration of each score against the person's passes",
          calibrations.isEmpty() ? "no answer with a person's pass\n"
              : CalibrationTable.render(calibrations));
    }
    if (!requirements.isEmpty()) {
      ThresholdCheck check = result.check();
      section(text, "Requirements", check.passed()
          ? "passed: " + check.checked() + " figures at or above their minimum\n"
          : "FAILED:\n" + String.join("\n", check.failures().stream().map(f -> "  " + f).toList())
              + "\n");
    }
    return text.toString();
  }

  private static void section(StringBuilder text, String heading, String body) {
    text.append('\n').append(heading).append('\n').append(body);
    if (!body.endsWith("\n")) {
      text.append('\n');
    }
  }
}
