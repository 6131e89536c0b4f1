package io.github.qacatalog.eval.report.html.internal;

import io.github.qacatalog.eval.report.html.AgreementRow;
import io.github.qacatalog.eval.report.html.CalibrationRow;
import io.github.qacatalog.eval.report.html.CategoryStat;
import io.github.qacatalog.eval.report.html.ComparisonRow;
import io.github.qacatalog.eval.report.html.QuestionRow;
import io.github.qacatalog.eval.report.html.ReportData;
import io.github.qacatalog.eval.report.html.ReportDataFile;
import io.github.qacatalog.eval.report.html.ResponseView;
import io.github.qacatalog.eval.report.html.RunFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report page: a header, tables and a chart rendered here (escaped), the questions rendered by
 * a small script from the data embedded as JSON. One file, nothing fetched.
 */
public final class Page {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final int REGRESSIONS_LISTED = 25;

  private Page() {}

  /**
   * The page. With {@code reviewConfigJson} (the token and the saved grades, as JSON) it is the
   * review page, which posts grades back to the page's own origin; without, the static report.
   */
  public static String render(ReportData data, String reviewConfigJson) {
    return render(data, ReportDataFile.toJson(data), reviewConfigJson);
  }

  /** The page, with the data already written as JSON ({@code dataJson}). */
  public static String render(ReportData data, String dataJson, String reviewConfigJson) {
    boolean review = reviewConfigJson != null;
    RunFacts run = data.run();
    StringBuilder out = new StringBuilder(1 << 16);
    String title = run.title().isEmpty() ? "qacatalog report" : run.title();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(contentSecurityPolicy(review)).append("\">\n") // our constant: no quote in it
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>").append(Html.escape(title + (review ? " · review" : ""))).append("</title>\n")
        .append("<style>").append(CSS).append("</style>\n</head>\n<body")
        .append(review ? " data-mode=\"review\"" : "").append(">\n");
    header(out, run, title, review);
    out.append("<main class=\"wrap\">\n");
    facts(out, data);
    categories(out, data);
    comparisons(out, data.comparisons());
    regressions(out, data.questions());
    agreement(out, data.agreement());
    calibration(out, data.calibration());
    questions(out, data, review);
    out.append("<footer>Written by qacatalog. Every text from the question file or a model is")
        .append(" shown as text. This file fetches nothing.</footer>\n</main>\n")
        .append("<div id=\"banner\" role=\"alert\"></div>\n")
        .append("<script type=\"application/json\" id=\"report-data\">")
        .append(ScriptJson.embed(dataJson)).append("</script>\n");
    if (review) {
      out.append("<script type=\"application/json\" id=\"review-config\">")
          .append(ScriptJson.embed(reviewConfigJson)).append("</script>\n");
    }
    out.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * Only the page's own inline style and script run (by hash); nothing is loaded; the review page
   * may post to its own origin.
   */
  public static String contentSecurityPolicy(boolean review) {
    return "default-src 'none'; script-src '" + sha256(SCRIPT) + "'; style-src '" + sha256(CSS)
        + "'; connect-src " + (review ? "'self'" : "'none'")
        + "; base-uri 'none'; form-action 'none'";
  }

  private static void header(StringBuilder out, RunFacts run, String title, boolean review) {
    out.append("<header class=\"top\"><div class=\"wrap\">");
    if (review) {
      out.append("<span class=\"mode\">Review: grades are saved as you give them</span>");
    }
    out.append("<h1>").append(Html.escape(title)).append("</h1><p class=\"sub\">");
    List<String> parts = new ArrayList<>();
    if (!run.source().isEmpty()) {
      parts.add(run.source());
    }
    if (!run.date().isEmpty()) {
      parts.add(run.date());
    }
    out.append(Html.escape(String.join("  ·  ", parts))).append("</p></div></header>\n");
  }

  private static void facts(StringBuilder out, ReportData data) {
    RunFacts run = data.run();
    out.append("<dl class=\"facts\">");
    fact(out, "Models", String.join(", ", run.models()), false, false);
    if (!run.variants().isEmpty()) {
      fact(out, "Variants", String.join(", ", run.variants()), false, false);
    }
    fact(out, "Questions", number(run.questions()), false, false);
    fact(out, "Answered by the model", number(run.fromModel()), false, false);
    fact(out, "Taken from the log", number(run.fromLog()), false, false);
    fact(out, "Failed calls", number(run.failed()), run.failed() > 0, false);
    if (run.contextHash() != null) {
      fact(out, "Context hash", run.contextHash(), false, true);
    }
    if (run.promptHash() != null) {
      fact(out, "Prompt hash", run.promptHash(), false, true);
    }
    if (!data.rubric().criteria().isEmpty()) {
      fact(out, "Rubric", data.rubric().name(), false, false);
    }
    out.append("</dl>\n");
  }

  private static void fact(StringBuilder out, String name, String value, boolean bad,
      boolean code) {
    out.append("<div class=\"fact").append(bad ? " bad" : "").append("\"><dt>")
        .append(Html.escape(name)).append("</dt><dd>")
        .append(code ? "<code>" : "").append(Html.escape(value)).append(code ? "</code>" : "")
        .append("</dd></div>");
  }

  private static void categories(StringBuilder out, ReportData data) {
    List<CategoryStat> stats = data.categories();
    if (stats.isEmpty()) {
      return;
    }
    List<String> models = new ArrayList<>(data.run().models());
    for (CategoryStat s : stats) {
      if (!models.contains(s.model())) {
        models.add(s.model());
      }
    }
    out.append("<section id=\"categories\"><h2>By category and model</h2>\n<div class=\"legend\">");
    for (int i = 0; i < models.size(); i++) {
      out.append("<span><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\"")
          .append(" height=\"12\" rx=\"2\" fill=\"").append(Chart.colour(i)).append("\"/></svg>")
          .append(Html.escape(models.get(i))).append("</span>");
    }
    out.append("<span>— the line is the pass rate's 95% interval</span></div>\n")
        .append(Chart.passRates(stats, models)).append('\n');
    Set<String> scoreNames = new TreeSet<>();
    stats.forEach(s -> scoreNames.addAll(s.means().keySet()));
    out.append("<table><thead><tr><th>Category</th><th>Model</th><th class=\"num\">n</th>")
        .append("<th>Pass rate (95% interval)</th>");
    for (String name : scoreNames) {
      out.append("<th>Mean ").append(Html.escape(name)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (CategoryStat s : stats) {
      String colour = Chart.colour(Math.max(0, models.indexOf(s.model())));
      out.append("<tr><td>").append(Html.escape(s.category())).append("</td><td>")
          .append(Html.escape(s.model())).append("</td><td class=\"num\">").append(s.n())
          .append("</td><td>").append(Chart.bar(s.passRate(), s.low(), s.high(), colour))
          .append(Chart.percent(s.passRate())).append(" <span class=\"note\">(")
          .append(Chart.percent(s.low())).append("–").append(Chart.percent(s.high()))
          .append(")</span></td>");
      for (String name : scoreNames) {
        Double mean = s.means().get(name);
        out.append("<td>");
        if (mean != null) {
          out.append(Chart.bar(mean, null, null, colour)).append(decimal(mean));
        }
        out.append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table></section>\n");
  }

  private static void comparisons(StringBuilder out, List<ComparisonRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("<section id=\"comparisons\"><h2>Paired comparison</h2><table><thead><tr>")
        .append("<th>Scope</th><th>Baseline</th><th>Candidate</th><th class=\"num\">Pairs</th>")
        .append("<th class=\"num\">Improved</th><th class=\"num\">Regressed</th>")
        .append("<th class=\"num\">Difference</th><th>95% interval</th><th>Note</th></tr></thead><tbody>");
    for (ComparisonRow r : rows) {
      out.append("<tr><td>").append(Html.escape(r.scope())).append("</td><td>")
          .append(Html.escape(r.baseline())).append("</td><td>").append(Html.escape(r.candidate()))
          .append("</td><td class=\"num\">").append(r.pairs()).append("</td><td class=\"num\">")
          .append(r.improved()).append("</td><td class=\"num\">").append(r.regressed())
          .append("</td><td class=\"num\">").append(signedPercent(r.difference()))
          .append("</td><td>").append(r.low() == null || r.high() == null ? "—"
              : signedPercent(r.low()) + " to " + signedPercent(r.high()))
          .append("</td><td class=\"note\">").append(Html.escape(r.note())).append("</td></tr>");
    }
    out.append("</tbody></table></section>\n");
  }

  private static void regressions(StringBuilder out, List<QuestionRow> questions) {
    List<String[]> found = new ArrayList<>();
    for (QuestionRow q : questions) {
      for (ResponseView r : q.responses()) {
        if (r.regressed()) {
          found.add(new String[] {q.id(), q.category(), r.model(), r.baselineOutcome(), r.outcome()});
        }
      }
    }
    if (found.isEmpty()) {
      return;
    }
    out.append("<section id=\"regressions\"><h2>Regressions (").append(found.size())
        .append(")</h2><p class=\"note\">Questions the baseline passes and a candidate fails.")
        .append(" <button type=\"button\" class=\"fold\" data-filter=\"regressions\">Show them")
        .append(" all below</button></p><table><thead><tr><th>Question</th><th>Category</th>")
        .append("<th>Model</th><th>Baseline</th><th>Now</th></tr></thead><tbody>");
    for (String[] r : found.subList(0, Math.min(REGRESSIONS_LISTED, found.size()))) {
      out.append("<tr><td><a class=\"qid\" href=\"#q-").append(Html.escape(r[0])).append("\">")
          .append(Html.escape(r[0])).append("</a></td><td>").append(Html.escape(r[1]))
          .append("</td><td>").append(Html.escape(r[2])).append("</td><td>")
          .append(Html.escape(r[3])).append("</td><td>").append(Html.escape(r[4]))
          .append("</td></tr>");
    }
    out.append("</tbody></table>");
    if (found.size() > REGRESSIONS_LISTED) {
      out.append("<p class=\"note\">").append(found.size() - REGRESSIONS_LISTED)
          .append(" more: filter on regressions below.</p>");
    }
    out.append("</section>\n");
  }

  private static void agreement(StringBuilder out, List<AgreementRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("<section id=\"agreement\"><h2>Judge and person</h2><table><thead><tr>")
        .append("<th>Criterion</th><th class=\"num\">Pairs</th><th>Exact agreement</th>")
        .append("<th class=\"num\">Cohen's kappa</th><th>95% interval</th></tr></thead><tbody>");
    for (AgreementRow r : rows) {
      out.append("<tr><td>").append(Html.escape(r.criterion())).append("</td><td class=\"num\">")
          .append(r.pairs()).append("</td><td>")
          .append(Chart.bar(r.agreement(), null, null, "#1a7f37"))
          .append(Chart.percent(r.agreement())).append("</td><td class=\"num\">")
          .append(r.kappa() == null ? "—" : decimal(r.kappa())).append("</td><td>")
          .append(r.low() == null || r.high() == null ? "—"
              : decimal(r.low()) + " to " + decimal(r.high()))
          .append("</td></tr>");
    }
    out.append("</tbody></table><p class=\"note\">Kappa corrects agreement for chance: near 0 is")
        .append(" chance, 1 is perfect; with few pairs its interval is wide.</p></section>\n");
  }

  private static void calibration(StringBuilder out, List<CalibrationRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("<section id=\"calibration\"><h2>Scores and the person</h2><table><thead>")
        .append("<tr><th colspan=\"4\"></th><th colspan=\"4\">Best threshold</th>")
        .append("<th colspan=\"4\">Configured threshold</th><th></th></tr><tr>")
        .append("<th>Score</th><th class=\"num\">Graded</th><th class=\"num\">Pass/fail</th>")
        .append("<th class=\"num\">AUC</th>");
    for (int i = 0; i < 2; i++) {
      out.append("<th class=\"num\">Threshold</th><th>Agreement</th><th class=\"num\">Kappa</th>")
          .append("<th class=\"num\">Misses</th>");
    }
    out.append("<th>Note</th></tr></thead><tbody>");
    for (CalibrationRow r : rows) {
      out.append("<tr><td>").append(Html.escape(r.score())).append("</td><td class=\"num\">")
          .append(r.graded()).append("</td><td class=\"num\">").append(r.personPasses())
          .append("/").append(r.personFails()).append("</td><td class=\"num\">")
          .append(r.auc() == null ? "—" : decimal(r.auc())).append("</td>");
      fit(out, r.bestThreshold(), r.bestAgreement(), r.bestKappa(), r.bestMissedPasses(),
          r.bestMissedFails());
      fit(out, r.configuredThreshold(), r.configuredAgreement(), r.configuredKappa(),
          r.configuredMissedPasses(), r.configuredMissedFails());
      out.append("<td>").append(Html.escape(r.note())).append("</td></tr>");
    }
    out.append("</tbody></table><p class=\"note\">A score at or above a threshold passes. AUC is")
        .append(" the chance that an answer the person passed scores higher than one they failed")
        .append(" (0.5 is a coin, 1 perfect). Misses: the person's passes the threshold fails /")
        .append(" their fails it passes. With fewer than 30 graded answers, or one class only, no")
        .append(" threshold is chosen: too little to tell.</p></section>\n");
  }

  private static void fit(StringBuilder out, Double threshold, Double agreement, Double kappa,
      Integer missedPasses, Integer missedFails) {
    out.append("<td class=\"num\">").append(threshold == null ? "—" : threshold3(threshold))
        .append("</td><td>");
    if (agreement == null) {
      out.append("—");
    } else {
      out.append(Chart.bar(agreement, null, null, "#1a7f37")).append(Chart.percent(agreement));
    }
    out.append("</td><td class=\"num\">").append(kappa == null ? "—" : decimal(kappa))
        .append("</td><td class=\"num\">")
        .append(missedPasses == null || missedFails == null ? "—" : missedPasses + "/" + missedFails)
        .append("</td>");
  }

  private static String threshold3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static void questions(StringBuilder out, ReportData data, boolean review) {
    Set<String> categories = new java.util.LinkedHashSet<>();
    data.questions().forEach(q -> categories.add(q.category()));
    out.append("<section id=\"questions-section\"><h2>Questions</h2>\n<div class=\"toolbar\">")
        .append("<label><input type=\"checkbox\" id=\"f-failed\"> Failed only</label>")
        .append("<label><input type=\"checkbox\" id=\"f-disagree\"> Judge and person disagree</label>")
        .append("<label><input type=\"checkbox\" id=\"f-regress\"> Regressions only</label>")
        .append("<select id=\"f-category\" aria-label=\"Category\"><option value=\"\">All categories</option>");
    for (String c : categories) {
      out.append("<option value=\"").append(Html.escape(c)).append("\">").append(Html.escape(c))
          .append("</option>");
    }
    out.append("</select><input type=\"search\" id=\"f-search\" placeholder=\"Search questions,")
        .append(" answers and responses\" aria-label=\"Search\"></div>\n");
    if (review) {
      out.append("<p class=\"keys\">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous response,")
          .append(" <kbd>1</kbd>–<kbd>9</kbd> the label of the highlighted criterion,")
          .append(" <kbd>h</kbd>/<kbd>l</kbd> previous/next criterion, <kbd>a</kbd> the best label")
          .append(" on every criterion, <kbd>n</kbd> the note. A click on a label saves it.</p>\n");
    }
    out.append("<p id=\"count\"></p><div id=\"questions\"></div>")
        .append("<button type=\"button\" id=\"more\">Show more</button></section>\n");
  }

  private static String number(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String signedPercent(double v) {
    long p = Math.round(v * 100);
    return (p > 0 ? "+" : p < 0 ? "−" : "") + Math.abs(p) + " pp";
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
