package io.github.qacatalog.eval.report.html;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.scorer.Score;
import io.github.qacatalog.eval.scorer.Scorer;
import io.github.qacatalog.eval.scorer.ScoringInput;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.review.ReviewServer;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import io.github.qacatalog.eval.stats.Proportion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's data as the writer makes it from a real run's result. */
class HtmlReportWriterTest {
  @TempDir static Path dir;
  static RunResult result;

  @BeforeAll
  static void run() {
    result = EvaluationRuns.evaluation().build().run();
  }

  private static ReportData data(HtmlReportWriter writer) {
    return writer.data(result, dir.resolve("target/qa-eval"));
  }

  @Test
  void factsAreTheRunsModelsCountsAndDate() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-02T14:00:00.123Z"), ZoneOffset.UTC);
    RunFacts facts = data(new HtmlReportWriter().withClock(clock)).run();
    assertThat(facts.models()).containsExactly("model-a", "model-b").inOrder();
    assertThat(facts.baseline()).isEqualTo("model-a");
    assertThat(facts.date()).isEqualTo("2026-12-02T14:00:00Z");
    assertThat(facts.questions()).isEqualTo(EvaluationRuns.items().size());
    assertThat(facts.fromModel()).isEqualTo(2 * EvaluationRuns.items().size());
    assertThat(facts.fromLog()).isEqualTo(0);
    assertThat(facts.failed()).isEqualTo(0);
    // Not in a RunResult: left out rather than made up.
    assertThat(facts.contextHash()).isNull();
    assertThat(facts.promptHash()).isNull();
  }

  @Test
  void categoryStatsAreWilsonIntervalsOfEachModelsPassRate() {
    List<CategoryStat> stats = data(new HtmlReportWriter()).categories();
    int categories = (int) result.items().stream().filter(r -> r.outcome() != Outcome.NO_GOLD_ANSWER)
        .map(ItemResult::category).distinct().count();
    assertThat(stats).hasSize(2 * categories);
    for (CategoryStat s : stats) {
      List<ItemResult> mine = result.items().stream()
          .filter(r -> r.model().equals(s.model()) && r.category().equals(s.category())
              && r.outcome() != Outcome.NO_GOLD_ANSWER)
          .toList();
      int passed = (int) mine.stream().filter(ItemResult::passed).count();
      assertThat(s.n()).isEqualTo(mine.size());
      assertThat(s.passed()).isEqualTo(passed);
      Proportion wilson = Proportion.wilson(passed, mine.size());
      assertThat(s.low()).isWithin(1e-12).of(wilson.interval().lower());
      assertThat(s.high()).isWithin(1e-12).of(wilson.interval().upper());
      double mean = mine.stream().mapToDouble(r -> r.scores().get("similarity")).average().orElseThrow();
      assertThat(s.means().get("similarity")).isWithin(1e-12).of(mean);
    }
    assertThat(stats.stream().filter(s -> s.model().equals("model-a")).allMatch(s -> s.passed() == s.n()))
        .isTrue();
  }

  @Test
  void comparisonCountsTheQuestionsModelBRegressedOn() {
    ReportData data = data(new HtmlReportWriter());
    ComparisonRow all = data.comparisons().stream().filter(c -> c.scope().equals("all"))
        .findFirst().orElseThrow();
    List<String> failedByB = result.items().stream()
        .filter(r -> r.model().equals("model-b") && r.outcome() == Outcome.FAILED)
        .map(ItemResult::id).toList();
    assertThat(failedByB).isNotEmpty();
    assertThat(all.baseline()).isEqualTo("model-a");
    assertThat(all.candidate()).isEqualTo("model-b");
    assertThat(all.regressed()).isEqualTo(failedByB.size());
    assertThat(all.improved()).isEqualTo(0);
    assertThat(all.difference()).isLessThan(0.0);
    assertThat(all.note()).isNotEmpty();
    List<String> regressed = data.questions().stream()
        .filter(q -> q.responses().stream().anyMatch(ResponseView::regressed))
        .map(QuestionRow::id).toList();
    assertThat(regressed).containsExactlyElementsIn(failedByB);
  }

  @Test
  void eachQuestionShowsBothResponsesWithScoresJudgeLabelsAndReason() {
    ReportData data = data(new HtmlReportWriter());
    List<QaItem> items = EvaluationRuns.items();
    assertThat(data.questions().stream().map(QuestionRow::id).toList())
        .containsExactlyElementsIn(items.stream().map(QaItem::id).toList()).inOrder();
    for (int i = 0; i < items.size(); i++) {
      QaItem item = items.get(i);
      QuestionRow row = data.questions().get(i);
      assertThat(row.text()).isEqualTo(item.question());
      assertThat(row.gold()).isEqualTo(item.answer().orElse(""));
      assertThat(row.responses().stream().map(ResponseView::model).toList())
          .containsExactly("model-a", "model-b").inOrder();
      ResponseView b = row.responses().get(1);
      assertThat(b.variant()).isEmpty();
      assertThat(b.baselineOutcome()).isEqualTo(row.responses().get(0).outcome());
      if (item.answer().isEmpty()) {
        assertThat(b.outcome()).isEqualTo("NO_GOLD_ANSWER");
        continue;
      }
      boolean right = EvaluationRuns.modelBAnswers(i);
      assertThat(b.passed()).isEqualTo(right);
      assertThat(b.response()).isEqualTo(right ? item.answer().get() : EvaluationRuns.DECLINE);
      assertThat(b.scores()).containsEntry("similarity", right ? 1.0 : 0.0);
      assertThat(b.judgeLabels()).containsExactly("completeness", right ? "full" : "none",
          "accuracy", right ? "accurate" : "partly");
      assertThat(b.judgeReason()).isEqualTo(right ? "Gives the gold answer." : "Declines to answer.");
      assertThat(b.personLabels()).isEmpty();
    }
  }

  @Test
  void aQuestionLinksToItsLineOnlyWhenTheFileIsKnown() {
    ReportData without = data(new HtmlReportWriter());
    assertThat(without.questions().stream().allMatch(q -> q.source().isEmpty() && q.line() == 0))
        .isTrue();
    Path file = dir.resolve("src/main/qa/deep-dive.md");
    ReportData with = data(new HtmlReportWriter().withSource(file));
    for (int i = 0; i < with.questions().size(); i++) {
      QuestionRow q = with.questions().get(i);
      assertThat(q.source()).isEqualTo("../../src/main/qa/deep-dive.md");
      assertThat(q.line()).isEqualTo(EvaluationRuns.items().get(i).line());
    }
    assertThat(with.run().source()).isEqualTo(file.toString());
  }

  @Test
  void theRubricIsTheOneGivenOrTheDefaultThatTheJudgesLabelsFit() {
    Rubric custom = Rubric.of("short", Criterion.of("completeness", "full", "none"));
    assertThat(data(new HtmlReportWriter().withRubric(custom)).rubric())
        .isEqualTo(RubricView.of(custom));
    assertThat(data(new HtmlReportWriter()).rubric()).isEqualTo(RubricView.of(Rubric.DEFAULT));
  }

  @Test
  void judgeLabelsOfAnUnknownRubricGiveNoRubricRatherThanAGuess() {
    RunResult custom = EvaluationRuns.evaluation().addScorer(Expectation.ANSWER, new Scorer() {
      @Override
      public String name() {
        return "judge_tone";
      }

      @Override
      public Score score(ScoringInput in) {
        return Score.detailsOnly(Map.of("judge_tone", "friendly"));
      }
    }).build().run();
    assertThat(new HtmlReportWriter().data(custom, dir).rubric().criteria()).isEmpty();
  }

  @Test
  void writesThePageAndItsDataThatTheReviewPageServes() throws Exception {
    Path out = Files.createDirectories(dir.resolve("written"));
    HtmlReportWriter writer = new HtmlReportWriter().withRubric(Rubric.DEFAULT);
    writer.write(result, out);
    assertThat(Files.readString(out.resolve(HtmlReport.NAME))).contains("<html");
    ReportData read = ReportDataFile.read(out.resolve(ReportDataFile.NAME));
    assertThat(read.questions()).hasSize(EvaluationRuns.items().size());
    assertThat(read.rubric()).isEqualTo(RubricView.of(Rubric.DEFAULT));
    try (ReviewServer review = ReviewServer.start(out)) {
      assertThat(review.url().toString()).startsWith("http://127.0.0.1:");
    }
    Files.delete(out.resolve("grades.csv"));
    // Written through temporary files that are gone once in place.
    assertThat(out.toFile().list()).asList().containsExactly(HtmlReport.NAME, ReportDataFile.NAME);
  }
}
