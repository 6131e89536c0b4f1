package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.qacatalog.eval.calibration.ThresholdsFile;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import io.github.qacatalog.eval.compare.Threshold;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.recorded.HandGrades;
import io.github.qacatalog.eval.recorded.RecordedReader;
import io.github.qacatalog.eval.report.html.QuestionRow;
import io.github.qacatalog.eval.report.html.ReportData;
import io.github.qacatalog.eval.report.html.ReportDataFile;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The comparison, baseline, requirements, hand grades, agreement and calibration of a run. */
class RunAnalysesTest {
  @TempDir Path dir;

  private static final Rubric CORRECT = Rubric.of("person", Criterion.of("correct", "Yes", "No"));

  /** Answers colour and weight right, the rest wrong. */
  static final class HalfRightModel implements AnswerModel {
    @Override
    public String name() {
      return "half";
    }

    @Override
    public ModelAnswer answer(String systemPrompt, String question) {
      if (question.equals(ProductFacts.COLOUR.question()) || question.equals(ProductFacts.WEIGHT.question())) {
        return ModelAnswer.of(new Fakes.OracleModel().answerTo(question));
      }
      return ModelAnswer.of("Nobody knows.");
    }
  }

  @Test
  void severalModelsPrintTheSideBySideComparisonAndWriteSummaryAndJUnitXml() throws Exception {
    Fakes.Output output = new Fakes.Output();
    Path out = dir.resolve("out");
    RunResult result = Fakes.evaluation(new Fakes.OracleModel(), null, output)
        .models(new Fakes.OracleModel(), new HalfRightModel())
        .items(QaCatalog.ProductFacts.values()).outputDirectory(out).build().run();

    String printed = output.out();
    assertThat(printed).contains("Comparison of the models\nModels side by side");
    assertThat(printed).contains(ComparisonTableText.of(result));
    // The comparison comes after the tables and before the closing line.
    assertThat(printed.indexOf("Comparison of the models")).isGreaterThan(printed.indexOf("Evaluation of half"));
    assertThat(output.lastLine()).startsWith("answers: 10 from the model");

    List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
    assertThat(summary.get(0)).startsWith("model,variant,category,");
    assertThat(summary.stream().filter(l -> l.startsWith("half,")).count()).isAtLeast(2);
    // One row per answer (the price has no gold answer: it is in the CSV, not in the statistics).
    List<String> csv = Files.readAllLines(out.resolve("results.csv"));
    assertThat(csv).hasSize(1 + 10);
    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve("junit.xml").toFile());
    assertThat(junit.getElementsByTagName("testcase").getLength()).isEqualTo(8);
    assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(2);
  }

  /** The comparison table as the run prints it, from the result's own statistics. */
  static final class ComparisonTableText {
    static String of(RunResult r) {
      return io.github.qacatalog.eval.compare.ComparisonTable.render(r.comparison());
    }
  }

  @Test
  void aBaselineRunShowsRegressionsAndFixesQuestionByQuestion() throws Exception {
    Path earlier = dir.resolve("earlier");
    Fakes.evaluation(new Fakes.OracleModel("m"), null, new Fakes.Output())
        .items(ProductFacts.COLOUR, ProductFacts.WEIGHT, ProductFacts.MAKER).outputDirectory(earlier)
        .build().run();

    AnswerModel worse = new AnswerModel() {
      @Override
      public String name() {
        return "m";
      }

      @Override
      public ModelAnswer answer(String systemPrompt, String question) {
        return ModelAnswer.of(question.equals(ProductFacts.COLOUR.question()) ? "Nobody knows."
            : new Fakes.OracleModel().answerTo(question));
      }
    };
    Fakes.Output output = new Fakes.Output();
    Path now = dir.resolve("now");
    Fakes.evaluation(worse, null, output).items(ProductFacts.COLOUR, ProductFacts.WEIGHT, ProductFacts.MAKER)
        .baseline(earlier).outputDirectory(now).build().run();

    assertThat(output.out()).contains("Against the earlier run " + earlier);
    assertThat(output.out()).contains("colour");
    List<String> regressions = Files.readAllLines(now.resolve("regressions.csv"));
    assertThat(regressions.get(0)).isEqualTo(
        "model,earlier_model,variant,id,category,question,change,passed_before,passed_now");
    assertThat(regressions).hasSize(2);
    assertThat(regressions.get(1)).startsWith("m,m,default,colour,Product Facts,");
    assertThat(regressions.get(1)).contains(",regression,1.0,0.0");

    // From the log alone, the same diff.
    Fakes.Output fromLog = new Fakes.Output();
    Fakes.evaluation(worse, null, fromLog).items(ProductFacts.COLOUR, ProductFacts.WEIGHT, ProductFacts.MAKER)
        .baseline(earlier.resolve(Evaluation.LOG_FILE_NAME)).outputDirectory(dir.resolve("again"))
        .build().run();
    assertThat(Files.readAllLines(dir.resolve("again").resolve("regressions.csv"))).isEqualTo(regressions);

    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () ->
        Fakes.evaluation(worse, null, new Fakes.Output()).items(ProductFacts.COLOUR)
            .baseline(dir.resolve("nowhere")).build());
    assertThat(missing).hasMessageThat().contains("nowhere: no earlier run here");
  }

  @Test
  void requirementsPerCategoryGiveACheckWithAnExitCodeAndAnAssertion() {
    RunResult half = Fakes.evaluation(new HalfRightModel(), null, new Fakes.Output())
        .items(ProductFacts.COLOUR, ProductFacts.WEIGHT, ProductFacts.MAKER, ProductFacts.WARRANTY)
        .require(ProductFacts.class, Threshold.PASS_RATE, 0.75)
        .require("similarity", 0.1)
        .build().run();
    assertThat(half.check().passed()).isFalse();
    assertThat(half.check().exitCode()).isEqualTo(1);
    assertThat(half.check().failures()).hasSize(1);
    AssertionError e = assertThrows(AssertionError.class, () -> half.check().assertPassed());
    assertThat(e).hasMessageThat().contains("Product Facts");

    Fakes.Output output = new Fakes.Output();
    RunResult oracle = Fakes.evaluation(new Fakes.OracleModel(), null, output)
        .items(ProductFacts.COLOUR, ProductFacts.WEIGHT, ProductFacts.MAKER, ProductFacts.WARRANTY)
        .require(ProductFacts.class, Threshold.PASS_RATE, 0.75).build().run();
    assertThat(oracle.check().exitCode()).isEqualTo(0);
    oracle.check().assertPassed();
    assertThat(output.out()).contains("Requirements\npassed: 1 figures at or above their minimum");
  }

  /** Grades every response from its own words, and records what it was sent. */
  static final class RuleJudge implements ChatModel {
    final List<String> sent = new ArrayList<>();

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
      StringBuilder text = new StringBuilder();
      for (ChatMessage m : request.messages()) {
        text.append(m instanceof UserMessage u ? u.singleText() : m instanceof SystemMessage s ? s.text() : "");
      }
      sent.add(text.toString());
      String response = text.substring(text.indexOf("<response>"));
      boolean right = response.contains("blue") || response.contains("250");
      return ChatResponse.builder().aiMessage(AiMessage.from(
          "{\"correct\": \"" + (right ? "Yes" : "No") + "\", \"reason\": \"by rule\"}")).build();
    }
  }

  @Test
  void handGradesAreKeptShownAndComparedWithTheJudgeButNeverSentToIt() throws Exception {
    Path grades = Files.writeString(dir.resolve("grades.csv"), String.join("\n",
        "id,model,correct,note",
        "colour,half,Yes,SECRET-NOTE right colour",
        "weight,half,No,the person disagrees with the judge here",
        "maker,half,No,",
        "warranty,half,,not graded",
        "colour,someone-else,Yes,"));
    HandGrades hand = RecordedReader.of(QaCatalog.all()).grades(grades, CORRECT);
    RuleJudge judge = new RuleJudge();
    Fakes.Output output = new Fakes.Output();
    Path out = dir.resolve("out");
    RunResult result = Fakes.evaluation(new HalfRightModel(), null, output)
        .items(ProductFacts.COLOUR, ProductFacts.WEIGHT, ProductFacts.MAKER, ProductFacts.WARRANTY)
        .judge("rule-judge", judge, CORRECT)
        .handGrades(hand)
        .outputDirectory(out).build().run();

    ItemResult colour = result.get(ProductFacts.COLOUR);
    assertThat(colour.personGrade().orElseThrow().labels()).containsExactly("correct", "Yes");
    assertThat(colour.personGrade().orElseThrow().passed()).hasValue(true);
    assertThat(result.get(ProductFacts.WEIGHT).personGrade().orElseThrow().passed()).hasValue(false);
    assertThat(result.get(ProductFacts.WARRANTY).personGrade().orElseThrow().passed()).isEmpty();
    assertThat(judge.sent).hasSize(4);
    for (String request : judge.sent) {
      assertThat(request).doesNotContain("SECRET-NOTE");
      assertThat(request).doesNotContain("disagrees");
    }

    List<String> csv = Files.readAllLines(out.resolve("results.csv"));
    assertThat(csv.get(0)).endsWith(",person_correct,person_passed,person_note");
    assertThat(csv.stream().filter(l -> l.contains(",colour,")).findFirst().orElseThrow())
        .endsWith(",Yes,true,SECRET-NOTE right colour");

    String printed = output.out();
    assertThat(printed).contains("Agreement of the judge with the person's grades");
    assertThat(printed).contains("Calibration of each score against the person's passes");
    assertThat(printed).contains("too little to tell");
    assertThat(output.err()).contains("1 of 5 hand grades grade no answer of this run");
    List<String> agreement = Files.readAllLines(out.resolve("agreement.csv"));
    assertThat(agreement.get(1)).startsWith("correct,");
    assertThat(agreement.get(1)).contains(",3,"); // three pairs: colour, weight, maker
    assertThat(Files.readString(out.resolve("disagreements.csv"))).contains("weight");
    assertThat(Files.readAllLines(out.resolve("calibration.csv")).get(0)).startsWith("score,graded,");

    // The report shows the person's labels beside the judge's, and the agreement, by their rubric.
    ReportData page = ReportDataFile.read(out.resolve(ReportDataFile.NAME));
    assertThat(page.rubric().criteria().get(0).name()).isEqualTo("correct");
    assertThat(page.agreement()).hasSize(1);
    assertThat(page.agreement().get(0).criterion()).isEqualTo("correct");
    assertThat(page.agreement().get(0).pairs()).isEqualTo(3);
    QuestionRow colourRow = page.questions().stream().filter(q -> q.id().equals("colour")).findFirst().orElseThrow();
    assertThat(colourRow.responses().get(0).personLabels()).containsExactly("correct", "Yes");
  }

  /** The k-th call answers sample k: right for 1-30 in two wordings, wrong for 31-40. */
  static final class SampledModel implements AnswerModel {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
      return "sampled";
    }

    @Override
    public ModelAnswer answer(String systemPrompt, String question) {
      int k = calls.incrementAndGet();
      return ModelAnswer.of(k <= 20 ? "The Acme widget is blue." : k <= 30 ? "It is blue." : "It weighs 250 grams.");
    }
  }

  @Test
  void calibrateSetsTheThresholdFromTheHandGradesChangesTheVerdictsAndWritesTheThresholdsFile()
      throws Exception {
    StringBuilder rows = new StringBuilder("id,model,sample,correct\n");
    for (int k = 1; k <= 40; k++) {
      rows.append("colour,sampled,").append(k).append(',').append(k <= 30 ? "Yes" : "No").append('\n');
    }
    HandGrades hand = RecordedReader.of(QaCatalog.all())
        .grades(Files.writeString(dir.resolve("grades.csv"), rows), CORRECT);

    RunResult plain = Fakes.evaluation(new SampledModel(), null, new Fakes.Output())
        .items(ProductFacts.COLOUR).repeat(40).concurrency(1).handGrades(hand).build().run();
    assertThat(plain.items().stream().filter(ItemResult::passed).count()).isEqualTo(20);

    Fakes.Output output = new Fakes.Output();
    Path out = dir.resolve("out");
    RunResult calibrated = Fakes.evaluation(new SampledModel(), null, output)
        .items(ProductFacts.COLOUR).repeat(40).concurrency(1).calibrate(hand)
        .outputDirectory(out).build().run();

    // "It is blue." scores 1/3 on the fake similarity: the person passed it, the calibrated
    // threshold does too.
    assertThat(calibrated.items().stream().filter(ItemResult::passed).count()).isEqualTo(30);
    assertThat(output.out()).contains("calibrated: similarity threshold 0.500 -> ");
    Map<String, Double> file = ThresholdsFile.read(out.resolve("thresholds.txt"));
    assertThat(file.keySet()).containsExactly("similarity", "refusal").inOrder();
    assertThat(file.get("refusal")).isEqualTo(1.0); // no refusal graded here: kept as configured
    double chosen = file.get("similarity");
    assertThat(chosen).isAtMost(1.0 / 3);
    assertThat(chosen).isGreaterThan(0.0);

    // A later run loads the file and grades ungraded answers by it.
    RunResult later = Fakes.evaluation(new SampledModel(), null, new Fakes.Output())
        .items(ProductFacts.COLOUR).repeat(40).concurrency(1)
        .thresholds(out.resolve("thresholds.txt")).build().run();
    assertThat(later.items().stream().filter(ItemResult::passed).count()).isEqualTo(30);
    assertThat(later.items().get(0).personGrade()).isEmpty();
  }

  @Test
  void aKeyInAPersonsNoteIsMaskedInEveryReportAndTheDescriptionShowsTheGrade() throws Exception {
    String key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";
    Path grades = Files.writeString(dir.resolve("grades.csv"),
        "id,model,correct,note\ncolour,half,Yes,pasted " + key + " by mistake\n");
    Path out = dir.resolve("out");
    RunResult result = Fakes.evaluation(new HalfRightModel(), null, new Fakes.Output())
        .items(ProductFacts.COLOUR).secret(key)
        .handGrades(RecordedReader.of(QaCatalog.all()).grades(grades, CORRECT))
        .outputDirectory(out).build().run();

    assertThat(result.get(ProductFacts.COLOUR).personGrade().orElseThrow().note()).doesNotContain(key);
    assertThat(Files.readString(out.resolve("results.csv"))).doesNotContain(key);
    assertThat(Files.readString(out.resolve("results.csv"))).contains("pasted [REDACTED] by mistake");
    assertThat(result.get(ProductFacts.COLOUR).describe()).contains("person: correct=Yes (passed); pasted [REDACTED]");
  }

  @Test
  void aJudgeWhoseCriterionHasOtherLabelsThanThePersonsIsRefusedWhenBuilt() throws Exception {
    HandGrades hand = RecordedReader.of(QaCatalog.all()).grades(
        Files.writeString(dir.resolve("grades.csv"), "id,model,correct\ncolour,half,Yes\n"), CORRECT);
    Rubric other = Rubric.of("other", Criterion.of("correct", "right", "wrong"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        Fakes.evaluation(new HalfRightModel(), null, new Fakes.Output()).items(ProductFacts.COLOUR)
            .judge("j", new RuleJudge(), other).handGrades(hand).build());
    assertThat(e).hasMessageThat().contains("the judge's criterion correct has the labels [right, wrong]");
  }

  @Test
  void anEarlierResultsCsvWithABadCellIsReportedAtItsRowAndColumn() throws Exception {
    Path earlier = Files.writeString(dir.resolve("results.csv"), String.join("\n",
        "model,variant,sample,category,id,question,response,gold_answer,expectation,passed,similarity,outcome",
        "m,default,1,Product Facts,colour,Q,R,G,ANSWER,true,0.9,PASSED",
        "m,default,1,Product Facts,weight,Q,R,G,ANSWER,false,high,FAILED", ""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        Fakes.evaluation(new HalfRightModel(), null, new Fakes.Output()).items(ProductFacts.COLOUR)
            .baseline(earlier).build());
    assertThat(e).hasMessageThat().isEqualTo(earlier + ":3:11: score similarity is no number: high");
  }
}
