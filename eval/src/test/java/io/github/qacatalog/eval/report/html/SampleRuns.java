package io.github.qacatalog.eval.report.html;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.QaSource;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report data for the example's deep-dive catalog (generated from the example's own file) answered
 * by three made-up models: some pass, some fail, one call fails, one answer is long, and a person
 * graded a few responses, once against the judge.
 */
@QaSource(value = "qa/example/deep-dive.md", className = "DeepDiveCatalog")
public final class SampleRuns {
  public static final List<String> MODELS = List.of("model-a", "model-b", "model-c");

  /** Texts that would run script if they were ever read as markup. */
  public static final List<String> HOSTILE = List.of(
      "<script>window.__pwned='script';alert('script')</script>",
      "</textarea><img src=x onerror=\"window.__pwned='onerror';alert('onerror')\">",
      "<a href=\"javascript:window.__pwned='link';alert('link')\">click me</a>",
      "</script><script>window.__pwned='blob';alert('blob')</script><!-- open",
      "line\u2028separator\u2029paragraph <svg onload=\"window.__pwned='svg'\">");

  public static final String HOSTILE_CATEGORY = "<img src=x onerror=\"window.__pwned='category'\">";
  public static final String HOSTILE_TITLE = "</title><script>window.__pwned='title'</script>";

  private SampleRuns() {}

  /** Every question of the deep-dive catalog. */
  public static List<QaItem> items() {
    return DeepDiveCatalog.all();
  }

  /** The sample run, graded by {@code rubric}; with {@code hostile}, one more question of hostile texts. */
  public static ReportData deepDive(Rubric rubric, boolean hostile) {
    List<QuestionRow> questions = new ArrayList<>();
    List<QaItem> items = items();
    for (int i = 0; i < items.size(); i++) {
      QaItem item = items.get(i);
      List<ResponseView> responses = new ArrayList<>();
      boolean basePassed = true;
      for (String model : MODELS) {
        boolean passed = passes(i, model);
        if (model.equals("model-a")) {
          basePassed = passed;
        }
        boolean failedCall = model.equals("model-c") && i % 7 == 3;
        String gold = item.answer().orElse("");
        String response = failedCall ? null
            : passed ? (i % 6 == 2 && model.equals("model-b") ? long_(gold) : gold)
            : "I am not sure; the file does not say.";
        Map<String, String> judge = failedCall ? Map.of() : labels(rubric, passed);
        Map<String, String> person = Map.of();
        if (model.equals("model-a") && i < 3) {
          person = new LinkedHashMap<>(judge);
          if (i == 1) {
            String first = rubric.criteria().get(0).name();
            person.put(first, rubric.criteria().get(0).labels().get(1));
          }
        }
        responses.add(new ResponseView(model, "", 1, item.question(), response,
            failedCall ? "timeout after 30 s (3 attempts)" : null,
            failedCall ? "ERROR" : passed ? "PASS" : "FAIL", passed,
            failedCall ? Map.of() : Map.of("similarity", passed ? 0.91 : 0.42, "token_f1", passed ? 0.8 : 0.1),
            judge, failedCall ? "" : passed ? "Gives the key points of the gold answer." : "Declines to answer.",
            person, !model.equals("model-a") && basePassed && !passed, basePassed ? "PASS" : "FAIL"));
      }
      questions.add(new QuestionRow(item.id(), item.category().title(), item.question(),
          i == 0 ? List.of("Why is the question file read when compiling rather than when running?") : List.of(),
          item.answer().orElse(""), "../../src/main/resources/qa/deep-dive.md", item.line(), responses));
    }
    if (hostile) {
      List<ResponseView> responses = new ArrayList<>();
      for (int m = 0; m < MODELS.size(); m++) {
        responses.add(new ResponseView(MODELS.get(m), "", 1, HOSTILE.get(4), HOSTILE.get(m),
            m == 2 ? HOSTILE.get(3) : null, "FAIL", false, Map.of(), Map.of(), HOSTILE.get(3),
            Map.of(), false, ""));
      }
      questions.add(new QuestionRow("hostile", HOSTILE_CATEGORY, HOSTILE.get(0), List.of(HOSTILE.get(1)),
          HOSTILE.get(2), "javascript:window.__pwned='source'", 3, responses));
    }
    return new ReportData(
        new RunFacts(hostile ? HOSTILE_TITLE : "qacatalog deep dive", "example/src/main/resources/qa/deep-dive.md",
            MODELS, List.of(), "sha256:3f2a9c0d1e", "sha256:77b1e0aa42", "2026-12-02T14:00:00Z",
            questions.size(), 30, 9, 2, "model-a"),
        RubricView.of(rubric), categoryStats(questions), comparisons(questions),
        List.of(new AgreementRow(rubric.criteria().get(0).name(), 3, 2 / 3.0, 0.4, -0.2, 1.0)),
        calibration(hostile), questions);
  }

  /** A calibrated similarity, a score too little graded to choose a threshold, and hostile texts. */
  static List<CalibrationRow> calibration(boolean hostile) {
    List<CalibrationRow> rows = new ArrayList<>(List.of(
        new CalibrationRow("similarity", 40, 30, 10, 0.875, 0.62, 0.9, 0.74, 2, 2, 0.7, 0.8, 0.55,
            7, 1, ""),
        new CalibrationRow("token_f1", 12, 12, 0, null, null, null, null, null, null, null, null,
            null, null, null, "too little to tell: 12 graded answers")));
    if (hostile) {
      rows.add(new CalibrationRow(HOSTILE_CATEGORY, 40, 20, 20, 0.5, 0.1, 0.5, 0.0, 10, 10, null,
          null, null, null, null, HOSTILE.get(3)));
    }
    return rows;
  }

  /** Whether the made-up model passes question {@code i}. */
  static boolean passes(int i, String model) {
    return switch (model) {
      case "model-a" -> i % 5 != 0;
      case "model-b" -> i % 4 != 1;
      default -> i % 3 != 0 && i % 7 != 3;
    };
  }

  private static String long_(String gold) {
    StringBuilder out = new StringBuilder(gold);
    for (int k = 1; k <= 12; k++) {
      out.append("\n\nTo say it once more, in other words (").append(k).append("): ").append(gold);
    }
    return out.toString();
  }

  private static Map<String, String> labels(Rubric rubric, boolean passed) {
    Map<String, String> out = new LinkedHashMap<>();
    rubric.criteria().forEach(c -> out.put(c.name(), c.labels().get(passed ? 0 : 1)));
    return out;
  }

  static List<CategoryStat> categoryStats(List<QuestionRow> questions) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (QuestionRow q : questions) {
      for (ResponseView r : q.responses()) {
        int[] c = counts.computeIfAbsent(q.category() + "\u0000" + r.model(), k -> new int[2]);
        c[0]++;
        c[1] += r.passed() ? 1 : 0;
      }
    }
    List<CategoryStat> out = new ArrayList<>();
    counts.forEach((key, c) -> {
      String[] parts = key.split("\u0000");
      double[] w = wilson(c[1], c[0]);
      out.add(new CategoryStat(parts[0], parts[1], c[0], c[1], w[0], w[1],
          Map.of("similarity", 0.4 + 0.5 * c[1] / c[0], "token_f1", 0.1 + 0.7 * c[1] / c[0])));
    });
    return out;
  }

  private static List<ComparisonRow> comparisons(List<QuestionRow> questions) {
    List<ComparisonRow> out = new ArrayList<>();
    for (String candidate : MODELS.subList(1, MODELS.size())) {
      int pairs = 0;
      int improved = 0;
      int regressed = 0;
      int basePass = 0;
      int candPass = 0;
      for (QuestionRow q : questions) {
        ResponseView base = q.responses().get(0);
        ResponseView cand = q.responses().get(MODELS.indexOf(candidate));
        pairs++;
        basePass += base.passed() ? 1 : 0;
        candPass += cand.passed() ? 1 : 0;
        improved += !base.passed() && cand.passed() ? 1 : 0;
        regressed += base.passed() && !cand.passed() ? 1 : 0;
      }
      double diff = (double) (candPass - basePass) / pairs;
      out.add(new ComparisonRow("all", "model-a", candidate, pairs, improved, regressed, diff,
          diff - 0.25, diff + 0.25, "few pairs: the interval is wide"));
    }
    return out;
  }

  /** The Wilson score interval at 95 %. */
  static double[] wilson(int passed, int n) {
    double z = 1.96;
    double p = (double) passed / n;
    double denominator = 1 + z * z / n;
    double centre = (p + z * z / (2 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
