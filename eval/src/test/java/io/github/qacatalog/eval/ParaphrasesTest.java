package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.compare.Observation;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.paraphrased.ParaphrasedCatalog;
import io.github.qacatalog.eval.paraphrased.ParaphrasedCatalog.OutOfScopeQa;
import io.github.qacatalog.eval.paraphrased.ParaphrasedCatalog.WidgetFacts;
import io.github.qacatalog.eval.result.Consistency;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.EarlierRun;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An evaluation asks each paraphrase as well as the question, and reports how consistent the model is. */
class ParaphrasesTest {
  static final String COLOUR_1 = "Which colour does the Acme widget have?";
  static final String COLOUR_2 = "Tell me the colour of the Acme widget.";
  static final String CEO_1 = "Who runs Microsoft today?";

  @TempDir Path dir;

  /** Answers each wording from its own table row (so that a mixed-up cache shows), counts calls per text. */
  static final class WordingModel implements AnswerModel {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final String name;

    WordingModel(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public ModelAnswer answer(String systemPrompt, String userMessage) {
      calls.computeIfAbsent(userMessage, k -> new AtomicInteger()).incrementAndGet();
      return ModelAnswer.of(switch (userMessage) {
        case "What colour is the Acme widget?" -> "The Acme widget is blue.";
        case COLOUR_1 -> "Blue."; // 1 word of 5: similarity 0.2, fails
        case COLOUR_2 -> "The Acme widget is blue, I think."; // 5 of 7: 0.714, passes
        case "How much does the Acme widget weigh?" -> "It weighs 250 grams.";
        case "Who is the current CEO of Microsoft?" -> Fakes.REFUSAL;
        case CEO_1 -> "Satya Nadella."; // no refusal: fails
        default -> throw new IllegalArgumentException("not a wording of the catalog: " + userMessage);
      });
    }

    int totalCalls() {
      return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }
  }

  private static Evaluation.Builder evaluation(Fakes.Output output, AnswerModel... models) {
    return Evaluation.builder()
        .models(models)
        .items(ParaphrasedCatalog.all())
        .context(Fakes.CONTEXT)
        .expect(OutOfScopeQa.class, Expectation.REFUSAL)
        .scorers(Expectation.ANSWER, Fakes.similarity())
        .scorers(Expectation.REFUSAL, Fakes.refusal())
        .threshold(Expectation.ANSWER, "similarity", 0.5)
        .retry(RetryPolicy.NONE)
        .timeout(Duration.ofSeconds(30))
        .progress(false)
        .out(output.out)
        .err(output.err);
  }

  private static ItemResult result(RunResult run, QaItem item, int wording) {
    return run.items().stream().filter(r -> r.item().equals(item) && r.wording() == wording)
        .findFirst().orElseThrow();
  }

  @Test
  void everyWordingIsAskedOnceScoredAgainstTheSameGoldAnswerAndCachedOnItsOwn() {
    WordingModel model = new WordingModel("m");
    Path log = dir.resolve("run-log.jsonl");
    RunResult first = evaluation(new Fakes.Output(), model).log(log).build().run();

    assertThat(model.calls.keySet()).hasSize(6);
    model.calls.forEach((text, count) -> assertThat(count.get()).isEqualTo(1));
    assertThat(first.questionsAsked()).isEqualTo(6);
    assertThat(first.items().stream().map(ItemResult::wordingId).toList()).containsExactly(
        "colour", "colour~p1", "colour~p2", "weight", "ceo", "ceo~p1").inOrder();
    ItemResult paraphrase = result(first, WidgetFacts.COLOUR, 1);
    assertThat(paraphrase.asked()).isEqualTo(COLOUR_1);
    assertThat(paraphrase.question()).isEqualTo(WidgetFacts.COLOUR.question());
    assertThat(paraphrase.goldAnswer()).hasValue("The Acme widget is blue.");
    assertThat(paraphrase.response()).hasValue("Blue.");
    assertThat(paraphrase.score("similarity").getAsDouble()).isWithin(1e-9).of(0.2);
    assertThat(result(first, WidgetFacts.COLOUR, 0).asked()).isEqualTo(WidgetFacts.COLOUR.question());
    // the pass rate counts every wording: colour 2 of 3, weight 1 of 1, ceo 1 of 2
    assertThat(first.passRate()).isWithin(1e-9).of(4 / 6.0);

    WordingModel again = new WordingModel("m");
    RunResult second = evaluation(new Fakes.Output(), again).log(log).build().run();
    assertThat(again.totalCalls()).isEqualTo(0);
    assertThat(second.answersFromLog()).isEqualTo(6);
    for (ItemResult r : second.items()) {
      ItemResult before = result(first, r.item(), r.wording());
      assertThat(r.response()).isEqualTo(before.response());
      assertThat(r.asked()).isEqualTo(before.asked());
    }
  }

  @Test
  void aLogWrittenBeforeWordingsReadsAsTheQuestionsAsWritten() throws Exception {
    Path log = dir.resolve("run-log.jsonl");
    WordingModel model = new WordingModel("m");
    evaluation(new Fakes.Output(), model).paraphrases(false).log(log).build().run();
    assertThat(model.totalCalls()).isEqualTo(3);
    String text = Files.readString(log);
    assertThat(text).contains("\"wording\":0");
    Files.writeString(log, text.replace("\"wording\":0,", ""));
    assertThat(Files.readString(log)).doesNotContain("wording");

    WordingModel later = new WordingModel("m");
    RunResult run = evaluation(new Fakes.Output(), later).log(log).build().run();
    assertThat(run.answersFromLog()).isEqualTo(3);
    assertThat(later.calls.keySet()).containsExactly(COLOUR_1, COLOUR_2, CEO_1);
    assertThat(RunLog.read(log).stream().map(RunRecord::wording).toList())
        .containsExactly(0, 0, 0, 1, 2, 1);
  }

  @Test
  void withoutParaphrasesOnlyTheQuestionsAsWrittenAreAskedAndNoConsistencyIsShown() {
    WordingModel model = new WordingModel("m");
    Fakes.Output output = new Fakes.Output();
    RunResult run = evaluation(output, model).paraphrases(false).outputDirectory(dir).build().run();

    assertThat(model.calls.keySet()).containsExactly(WidgetFacts.COLOUR.question(),
        WidgetFacts.WEIGHT.question(), OutOfScopeQa.CEO.question());
    assertThat(run.items().stream().allMatch(r -> r.wording() == 0)).isTrue();
    assertThat(run.consistency()).isEmpty();
    assertThat(output.out()).doesNotContain("Consistency");
    assertThat(Files.exists(dir.resolve("consistency.csv"))).isFalse();
  }

  @Test
  void consistencyCountsThePassesOfEachQuestionsWordingsAndNamesTheWorst() {
    Fakes.Output output = new Fakes.Output();
    RunResult run = evaluation(output, new WordingModel("m")).build().run();

    List<Consistency> rows = run.consistency();
    assertThat(rows.stream().map(Consistency::id).toList()).containsExactly("colour", "ceo").inOrder();
    Consistency colour = rows.get(0);
    assertThat(colour.model()).isEqualTo("m");
    assertThat(colour.wordings()).isEqualTo(3);
    assertThat(colour.answers()).isEqualTo(3);
    assertThat(colour.passed()).isEqualTo(2);
    assertThat(colour.consistent()).isFalse();
    assertThat(colour.worst().wording()).isEqualTo(1);
    assertThat(colour.worst().asked()).isEqualTo(COLOUR_1);
    assertThat(colour.score()).isEqualTo("similarity");
    assertThat(colour.worstScore().getAsDouble()).isWithin(1e-9).of(0.2);
    Consistency ceo = rows.get(1);
    assertThat(ceo.passed()).isEqualTo(1);
    assertThat(ceo.answers()).isEqualTo(2);
    assertThat(ceo.worst().asked()).isEqualTo(CEO_1);
    assertThat(ceo.score()).isEqualTo("refusal");
    assertThat(ceo.worstScore().getAsDouble()).isEqualTo(0.0);

    String out = output.out();
    int section = out.indexOf("Consistency over the wordings of each question\n");
    assertThat(section).isGreaterThan(0);
    String body = out.substring(section, out.indexOf("answers:", section));
    assertThat(body).contains("0 of 2 questions asked in several wordings (per model) passed in every wording");
    assertThat(body).containsMatch("m +colour +2/3 +paraphrase 1: Which colour does the Acme widget have\\? +similarity 0\\.200");
    assertThat(body).containsMatch("m +ceo +1/2 +paraphrase 1: Who runs Microsoft today\\? +refusal 0\\.000");
  }

  @Test
  void aQuestionPassingInEveryWordingIsConsistentAndTheWorstIsItsLowestScore() {
    AnswerModel steady = AnswerModel.of("steady", (system, user) ->
        user.contains("colour") ? (user.startsWith("Tell") ? "The Acme widget is blue indeed." : "The Acme widget is blue.")
            : user.contains("weigh") ? "It weighs 250 grams." : Fakes.REFUSAL);
    RunResult run = evaluation(new Fakes.Output(), steady).build().run();

    Consistency colour = run.consistency().get(0);
    assertThat(colour.consistent()).isTrue();
    assertThat(colour.passRate()).isEqualTo(1.0);
    // 1.0, 1.0 and 5/6: the paraphrase with the extra word is the worst
    assertThat(colour.worst().wording()).isEqualTo(2);
    assertThat(colour.worstScore().getAsDouble()).isWithin(1e-9).of(5 / 6.0);
    assertThat(run.consistency().get(1).consistent()).isTrue();
  }

  @Test
  void theCsvHasAWordingAndAnAskedColumnWithOneRowPerAnswerAndConsistencyCsvOneRowPerQuestion()
      throws Exception {
    evaluation(new Fakes.Output(), new WordingModel("m")).outputDirectory(dir).build().run();

    List<CSVRecord> results = read(dir.resolve("results.csv"));
    assertThat(results).hasSize(6);
    assertThat(results.stream().map(r -> r.get("wording")).toList())
        .containsExactly("0", "1", "2", "0", "0", "1").inOrder();
    CSVRecord paraphrase = results.get(2);
    assertThat(paraphrase.get("id")).isEqualTo("colour");
    assertThat(paraphrase.get("question")).isEqualTo(WidgetFacts.COLOUR.question());
    assertThat(paraphrase.get("asked")).isEqualTo(COLOUR_2);
    assertThat(paraphrase.get("gold_answer")).isEqualTo("The Acme widget is blue.");
    assertThat(paraphrase.get("passed")).isEqualTo("true");
    assertThat(Files.readAllLines(dir.resolve("results.csv")).get(0))
        .startsWith("model,variant,sample,category,id,question,wording,asked,response,gold_answer,");

    assertThat(Files.readAllLines(dir.resolve("consistency.csv")).get(0)).isEqualTo(
        "model,variant,category,id,question,wordings,answers,passed,pass_rate,consistent,"
            + "worst_wording,worst_asked,worst_outcome,score,worst_score,worst_response");
    List<CSVRecord> consistency = read(dir.resolve("consistency.csv"));
    assertThat(consistency).hasSize(2);
    CSVRecord colour = consistency.get(0);
    assertThat(List.of(colour.get("id"), colour.get("wordings"), colour.get("answers"),
        colour.get("passed"), colour.get("pass_rate"), colour.get("consistent"),
        colour.get("worst_wording"), colour.get("worst_asked"), colour.get("worst_outcome"),
        colour.get("score"), colour.get("worst_score"), colour.get("worst_response")))
        .containsExactly("colour", "3", "3", "2", "0.667", "false", "1", COLOUR_1, "FAILED",
            "similarity", "0.2", "Blue.").inOrder();
    assertThat(consistency.get(1).get("category")).isEqualTo("Out-of-Scope QA");
  }

  @Test
  void theComparisonPairsAnswersByQuestionAndWordingAndAnEarlierRunReadsThemSo() throws Exception {
    Fakes.Output output = new Fakes.Output();
    RunResult run = evaluation(output, new WordingModel("a"), new WordingModel("b"))
        .outputDirectory(dir).build().run();

    List<String> ids = run.observations().stream().filter(o -> o.model().equals("a"))
        .map(Observation::questionId).toList();
    assertThat(ids).containsExactly("colour", "colour~p1", "colour~p2", "weight", "ceo", "ceo~p1");
    assertThat(run.comparison()).isNotNull();
    assertThat(output.out()).contains("Comparison of the models");

    List<Observation> earlier = EarlierRun.read(dir);
    assertThat(earlier.stream().filter(o -> o.model().equals("b")).map(Observation::questionId)
        .toList()).containsExactlyElementsIn(ids);
    Observation paraphrase = earlier.stream()
        .filter(o -> o.model().equals("a") && o.questionId().equals("colour~p1")).findFirst().orElseThrow();
    assertThat(paraphrase.passed()).isFalse();

    Fakes.Output again = new Fakes.Output();
    evaluation(again, new WordingModel("a"), new WordingModel("b")).outputDirectory(dir)
        .baseline(dir).build().run();
    assertThat(again.out()).contains("Against the earlier run");
  }

  private static List<CSVRecord> read(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      return parser.getRecords();
    }
  }
}
