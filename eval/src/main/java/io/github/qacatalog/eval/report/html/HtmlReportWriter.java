package io.github.qacatalog.eval.report.html;

import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.agreement.Agreement;
import io.github.qacatalog.eval.agreement.CriterionAgreement;
import io.github.qacatalog.eval.compare.Comparison;
import io.github.qacatalog.eval.compare.ComparisonResult;
import io.github.qacatalog.eval.compare.ModelSummary;
import io.github.qacatalog.eval.compare.Observation;
import io.github.qacatalog.eval.compare.PairedComparison;
import io.github.qacatalog.eval.report.PersonGrades;
import io.github.qacatalog.eval.report.ReportFiles;
import io.github.qacatalog.eval.report.ReportWriter;
import io.github.qacatalog.eval.report.html.internal.Page;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.PersonGrade;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import io.github.qacatalog.eval.stats.Estimate;
import io.github.qacatalog.eval.stats.Interval;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The HTML report of a run: {@code report.html} and {@code report-data.json} (see {@link
 * HtmlReport}), made from the redacted {@link RunResult} every report receives. An evaluation with
 * an output directory writes it beside {@code results.csv}.
 *
 * <p>It shows what the result holds. The run's context and prompt hashes are not in it, so the
 * header leaves them out; the date is when the report was written. A question links to its line
 * only when the question file was named ({@link #withSource}). The review page's controls are
 * the rubric's: the one given ({@link #withRubric}), else {@link Rubric#DEFAULT} unless the judge
 * graded by criteria it lacks. Hand grades and the judge-person agreement are left empty until
 * results carry them.
 */
public final class HtmlReportWriter implements ReportWriter {
  /** Details a judge writes that are not a criterion's label. */
  private static final Set<String> JUDGE_NOT_LABELS =
      Set.of("judge_reason", "judge_raw", "judge_parsed", "judge_passed", "judge_error");

  private final String title;
  private final Path source;
  private final Rubric rubric;
  private final Clock clock;

  private HtmlReportWriter(String title, Path source, Rubric rubric, Clock clock) {
    this.title = Objects.requireNonNull(title, "title");
    this.source = source;
    this.rubric = rubric;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A writer titled {@code qacatalog evaluation}, without source links, with the default rubric. */
  public HtmlReportWriter() {
    this("qacatalog evaluation", null, null, Clock.systemUTC());
  }

  /** This writer with another title. */
  public HtmlReportWriter withTitle(String title) {
    return new HtmlReportWriter(title, source, rubric, clock);
  }

  /**
   * This writer with the questions' Markdown file: each question links to its line, by a path
   * relative to the report's directory.
   */
  public HtmlReportWriter withSource(Path questionFile) {
    return new HtmlReportWriter(title, Objects.requireNonNull(questionFile, "questionFile"), rubric,
        clock);
  }

  /** This writer with the rubric the judge grades by (and people grade by on the review page). */
  public HtmlReportWriter withRubric(Rubric rubric) {
    return new HtmlReportWriter(title, source, Objects.requireNonNull(rubric, "rubric"), clock);
  }

  /** This writer dating its reports by {@code clock}. */
  public HtmlReportWriter withClock(Clock clock) {
    return new HtmlReportWriter(title, source, rubric, clock);
  }

  @Override
  public void write(RunResult result, Path directory) throws IOException {
    ReportData data = data(result, directory);
    String json = ReportDataFile.toJson(data);
    ReportFiles.writeAtomically(directory.resolve(ReportDataFile.NAME), out -> out.write(json));
    ReportFiles.writeAtomically(directory.resolve(HtmlReport.NAME),
        out -> out.write(Page.render(data, json, null)));
  }

  /** The report's data for a run whose report goes to {@code directory}. */
  public ReportData data(RunResult result, Path directory) {
    List<String> variants = result.items().stream().map(r -> variant(r.variant()))
        .distinct().toList();
    boolean severalVariants = variants.size() > 1;
    // As RunResult.observations(), but with the page's variant names (the default one is blank).
    List<Observation> observations = result.items().stream()
        .filter(r -> r.outcome() != Outcome.NO_GOLD_ANSWER)
        .map(r -> new Observation(r.model(), variant(r.variant()), r.wordingId(), r.category(),
            r.sample() - 1, r.passed(), r.scores(), "", ""))
        .toList();
    ComparisonResult comparison = observations.isEmpty() ? null : Comparison.of(observations);
    String link = source == null ? "" : relativeLink(directory, source);
    String sourceName = source == null ? "" : source.toString();
    RunFacts facts = new RunFacts(title, sourceName, result.models(),
        severalVariants ? variants : List.of(), null, null,
        Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), questionCount(result),
        result.answersFromModel(), result.answersFromLog(), result.errors(),
        result.models().size() > 1 ? result.models().get(0) : null);
    List<QuestionRow> questions = questions(result, comparison, link);
    return new ReportData(facts, rubricView(questions),
        categories(result, comparison, severalVariants),
        comparisons(comparison, severalVariants),
        agreement(result),
        questions);
  }

  private static int questionCount(RunResult result) {
    return (int) result.items().stream().map(ItemResult::item).distinct().count();
  }

  /**
   * The rubric given, or else {@link Rubric#DEFAULT} (the judge's default) unless the judge's
   * labels name a criterion it lacks: a custom rubric's labels are not in the results, so the
   * report then has none rather than a guessed one.
   */
  private RubricView rubricView(List<QuestionRow> questions) {
    if (rubric != null) {
      return RubricView.of(rubric);
    }
    Set<String> known = new HashSet<>();
    Rubric.DEFAULT.criteria().forEach(c -> known.add(c.name()));
    boolean fits = questions.stream().flatMap(q -> q.responses().stream())
        .allMatch(r -> known.containsAll(r.judgeLabels().keySet()));
    return fits ? RubricView.of(Rubric.DEFAULT) : new RubricView("", List.of());
  }

  /** Per category and model: the pass rate with its interval (Wilson, or bootstrap with repeats). */
  private static List<CategoryStat> categories(
      RunResult result, ComparisonResult comparison, boolean severalVariants) {
    List<CategoryStat> stats = new ArrayList<>();
    if (comparison == null) {
      return stats;
    }
    for (ModelSummary s : comparison.summaries()) {
      if (s.category().equals(Comparison.ALL)) {
        continue;
      }
      int n = 0;
      int passed = 0;
      for (ItemResult r : result.items()) {
        if (r.model().equals(s.model()) && variant(r.variant()).equals(s.variant())
            && r.category().equals(s.category()) && r.outcome() != Outcome.NO_GOLD_ANSWER) {
          n++;
          passed += r.passed() ? 1 : 0;
        }
      }
      Map<String, Double> means = new LinkedHashMap<>();
      s.means().forEach((name, estimate) -> means.put(name, estimate.value()));
      stats.add(new CategoryStat(s.category(), label(s.model(), s.variant(), severalVariants), n,
          passed, s.passRate().interval().lower(), s.passRate().interval().upper(), means));
    }
    return stats;
  }

  private static List<ComparisonRow> comparisons(
      ComparisonResult comparison, boolean severalVariants) {
    List<ComparisonRow> rows = new ArrayList<>();
    if (comparison == null) {
      return rows;
    }
    for (PairedComparison p : comparison.pairs()) {
      Estimate d = p.passRateDifference();
      boolean known = d.interval().isKnown();
      String scope = p.category().equals(Comparison.ALL) ? "all" : p.category();
      rows.add(new ComparisonRow(severalVariants ? scope + " (" + p.variant() + ")" : scope,
          p.baseline(), p.model(), p.pairs(), p.onlyModelPasses().size(),
          p.onlyBaselinePasses().size(), d.value(), known ? d.interval().lower() : null,
          known ? d.interval().upper() : null, p.verdict()));
    }
    return rows;
  }

  private static List<QuestionRow> questions(
      RunResult result, ComparisonResult comparison, String link) {
    // Questions a candidate regressed on, per model and variant: the baseline passes, it fails.
    Set<String> regressed = new HashSet<>();
    if (comparison != null) {
      for (PairedComparison p : comparison.pairs()) {
        if (p.category().equals(Comparison.ALL)) {
          p.onlyBaselinePasses().forEach(q -> regressed.add(key(p.model(), p.variant(), q)));
        }
      }
    }
    String baseline = result.models().size() > 1 ? result.models().get(0) : null;
    Map<String, Outcome> baselineOutcome = new LinkedHashMap<>();
    Map<Object, List<ItemResult>> byQuestion = new LinkedHashMap<>();
    for (ItemResult r : result.items()) {
      byQuestion.computeIfAbsent(r.item(), k -> new ArrayList<>()).add(r);
      if (r.model().equals(baseline)) {
        baselineOutcome.put(key(variant(r.variant()), r.wordingId(), Integer.toString(r.sample())),
            r.outcome());
      }
    }
    List<QuestionRow> rows = new ArrayList<>();
    for (List<ItemResult> responses : byQuestion.values()) {
      ItemResult first = responses.get(0);
      Set<String> paraphrases = new LinkedHashSet<>(first.item().paraphrases());
      List<ResponseView> views = new ArrayList<>();
      for (ItemResult r : responses) {
        String variant = variant(r.variant());
        Outcome base = baseline == null || r.model().equals(baseline) ? null
            : baselineOutcome.get(key(variant, r.wordingId(), Integer.toString(r.sample())));
        views.add(new ResponseView(r.model(), variant, r.sample(), r.asked(),
            r.response().orElse(null), r.error().orElse(null), r.outcome().name(), r.passed(),
            r.scores(), judgeLabels(r), r.details().getOrDefault("judge_reason", ""),
            r.personGrade().map(PersonGrade::labels).orElse(Map.of()),
            !r.passed() && regressed.contains(key(r.model(), variant, r.wordingId())),
            base == null ? "" : base.name()));
      }
      rows.add(new QuestionRow(first.id(), first.category(), first.question(),
          List.copyOf(paraphrases), first.goldAnswer().orElse(""), link,
          link.isEmpty() ? 0 : Math.max(0, first.item().line()), views));
    }
    return rows;
  }

  /** Judge against person, per criterion, when the run has both; by the rubric the report names. */
  private List<AgreementRow> agreement(RunResult result) {
    if (result.items().stream().noneMatch(r -> r.personGrade().isPresent())) {
      return List.of();
    }
    List<AgreementRow> rows = new ArrayList<>();
    for (CriterionAgreement a : Agreement.of(
        PersonGrades.agreementPairs(result, rubric != null ? rubric : Rubric.DEFAULT))) {
      double kappa = a.kappa().value();
      Interval interval = a.kappa().interval();
      rows.add(new AgreementRow(a.criterion(), a.pairs(), a.agreement(),
          Double.isFinite(kappa) ? kappa : null,
          interval == null ? null : interval.lower(), interval == null ? null : interval.upper()));
    }
    return rows;
  }

  private static Map<String, String> judgeLabels(ItemResult r) {
    Map<String, String> labels = new LinkedHashMap<>();
    r.details().forEach((name, value) -> {
      if (name.startsWith("judge_") && !JUDGE_NOT_LABELS.contains(name)) {
        labels.put(name.substring("judge_".length()), value);
      }
    });
    return labels;
  }

  /** The report's variant: blank for the default one, as the grades file has it. */
  private static String variant(String variant) {
    return variant.equals(ItemResult.DEFAULT_VARIANT) ? "" : variant;
  }

  private static String label(String model, String variant, boolean severalVariants) {
    return severalVariants ? model + " (" + (variant.isEmpty() ? ItemResult.DEFAULT_VARIANT : variant)
        + ")" : model;
  }

  private static String key(String... parts) {
    return String.join("\u0000", parts);
  }

  /** The question file as a link from the report's directory, with forward slashes. */
  static String relativeLink(Path directory, Path file) {
    Path from = directory.toAbsolutePath().normalize();
    Path to = file.toAbsolutePath().normalize();
    String relative = from.getRoot() != null && from.getRoot().equals(to.getRoot())
        ? from.relativize(to).toString() : to.toString();
    return relative.replace(java.io.File.separatorChar, '/');
  }
}
