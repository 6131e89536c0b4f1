package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.eval.catalog.QaCatalog.OutOfScopeQa;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  @TempDir Path dir;

  @Test
  void asksEveryQuestionScoresAndGradesByExpectation() {
    Fakes.OracleModel model = new Fakes.OracleModel();
    Fakes.Output output = new Fakes.Output();

    RunResult result = Fakes.evaluation(model, dir.resolve("log.jsonl"), output).items(QaCatalog.all()).build().run();

    assertThat(model.calls.get()).isEqualTo(8);
    assertThat(result.items()).hasSize(8);
    ItemResult colour = result.get(ProductFacts.COLOUR);
    assertThat(colour.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(colour.expectation()).isEqualTo(Expectation.ANSWER);
    assertThat(colour.response()).hasValue("The Acme widget is blue.");
    assertThat(colour.scores()).containsExactly("similarity", 1.0, "refusal", 0.0).inOrder();
    assertThat(colour.inputTokens().getAsInt()).isEqualTo(100);
    assertThat(result.get(OutOfScopeQa.Q1).expectation()).isEqualTo(Expectation.REFUSAL);
    assertThat(result.get(OutOfScopeQa.Q1).passed()).isTrue();
    assertThat(result.passRate(OutOfScopeQa.class)).isEqualTo(1.0);
    assertThat(result.meanScore(ProductFacts.class, "similarity")).isEqualTo(1.0);
    assertThat(output.lastLine()).isEqualTo("answers: 8 from the model, 0 from the log, 0 failed, of 8 questions; 8 calls to the model");
    assertThat(output.out()).isEqualTo("""
        Evaluation of oracle
        category         expects  questions           passed  mean similarity  mean refusal
        Product Facts    answer           5  4/4 (1 no gold)            1.000         0.000
        Out-of-Scope QA  refusal          3              3/3                -         1.000
        answers: 8 from the model, 0 from the log, 0 failed, of 8 questions; 8 calls to the model
        """.replace("\n", System.lineSeparator()));
    assertThat(output.err()).isEmpty();
  }

  @Test
  void aQuestionWithoutGoldAnswerIsAskedAndLoggedButNeitherPassedNorFailed() throws Exception {
    Path log = dir.resolve("log.jsonl");
    RunResult result =
        Fakes.evaluation(new Fakes.OracleModel(), log, new Fakes.Output()).items(QaCatalog.all()).build().run();

    ItemResult price = result.get(ProductFacts.PRICE);
    assertThat(price.outcome()).isEqualTo(Outcome.NO_GOLD_ANSWER);
    assertThat(price.passed()).isFalse();
    assertThat(price.response()).hasValue("It costs 10 dollars.");
    assertThat(price.scores()).containsExactly("refusal", 0.0); // similarity needs a gold answer
    price.assertNotFailed();
    AssertionError error = assertThrows(AssertionError.class, price::assertPassed);
    assertThat(error).hasMessageThat().contains("NO_GOLD_ANSWER");
    assertThat(result.passRate(ProductFacts.class)).isEqualTo(1.0); // 4 of 4 graded
    RunRecord logged = RunLog.read(log).stream().filter(r -> r.id().equals("price")).findFirst().orElseThrow();
    assertThat(logged.outcome()).isEqualTo("NO_GOLD_ANSWER");
    assertThat(logged.passed()).isNull();
  }

  @Test
  void aFailedThresholdSaysWhichAndTheAssertionTellsTheWholeStory() {
    AnswerModel wrong = AnswerModel.of("wrong", (system, user) -> "Purple, I believe.");
    RunResult result = Fakes.evaluation(wrong, null, new Fakes.Output()).items(QaCatalog.all()).build().run();

    ItemResult colour = result.get(ProductFacts.COLOUR);
    assertThat(colour.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(colour.misses()).containsExactly("similarity 0.000 < 0.500");
    AssertionError error = assertThrows(AssertionError.class, colour::assertPassed);
    assertThat(error).hasMessageThat().contains("question: What colour is the Acme widget?");
    assertThat(error).hasMessageThat().contains("response: Purple, I believe.");
    assertThat(error).hasMessageThat().contains("gold answer: The Acme widget is blue.");
    assertThat(result.get(OutOfScopeQa.Q2).misses()).containsExactly("refusal 0.000 < 1.000");
    assertThat(result.passRate()).isEqualTo(0.0);
  }

  @Test
  void theSystemPromptCarriesTheContextAndTheUserMessageIsTheQuestion() {
    List<String[]> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    AnswerModel model = AnswerModel.of("spy", (system, user) -> {
      seen.add(new String[] {system, user});
      return Fakes.REFUSAL;
    });
    Evaluation evaluation = Fakes.evaluation(model, null, new Fakes.Output())
        .items(QaCatalog.all()).build();
    evaluation.run();

    assertThat(evaluation.systemPrompt()).contains("using only the context below");
    assertThat(evaluation.systemPrompt()).contains("The information is not available");
    assertThat(evaluation.systemPrompt()).endsWith(Fakes.CONTEXT + "\n");
    assertThat(seen).hasSize(8);
    assertThat(seen.stream().map(s -> s[0]).distinct().toList()).containsExactly(evaluation.systemPrompt());
    assertThat(seen.stream().map(s -> s[1]).toList()).contains("Who is the current CEO of Microsoft?");
  }

  @Test
  void aTemplateWithoutPlaceholderAndAContextIsRejected() {
    Evaluation.Builder builder = Fakes.evaluation(new Fakes.OracleModel(), null, new Fakes.Output())
        .items(QaCatalog.all())
        .systemPrompt("Answer briefly.");
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertThat(e).hasMessageThat().contains("{{context}}");
  }

  @Test
  void aCategoryIsNamedByItsGeneratedEnum() {
    Evaluation evaluation = Fakes.evaluation(new Fakes.OracleModel(), null, new Fakes.Output())
        .items(QaCatalog.all()).build();
    assertThat(evaluation.expectationOf(OutOfScopeQa.Q3)).isEqualTo(Expectation.REFUSAL);
    assertThat(evaluation.expectationOf(ProductFacts.MAKER)).isEqualTo(Expectation.ANSWER);
  }

  @Test
  void aScorerThatThrowsLeavesAnErrorDetailAndNoScore() {
    Evaluation.Builder builder = Fakes.evaluation(new Fakes.OracleModel(), null, new Fakes.Output())
        .items(QaCatalog.all())
        .scorers(Expectation.ANSWER, Fakes.named("similarity", in -> {
          throw new IllegalStateException("embedding failed");
        }));
    ItemResult colour = builder.build().run().get(ProductFacts.COLOUR);
    assertThat(colour.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(colour.misses()).containsExactly("no similarity score");
    assertThat(colour.details()).containsEntry("similarity_error", "IllegalStateException: embedding failed");
  }

  @Test
  void anOutputDirectoryHoldsTheLogAndTheCsv() throws Exception {
    Fakes.evaluation(new Fakes.OracleModel(), null, new Fakes.Output())
        .items(QaCatalog.OutOfScopeQa.values())
        .outputDirectory(dir.resolve("qa-eval"))
        .build()
        .run();
    assertThat(RunLog.read(dir.resolve("qa-eval/run-log.jsonl"))).hasSize(3);
    assertThat(java.nio.file.Files.readAllLines(dir.resolve("qa-eval/results.csv"))).hasSize(4);
  }

  @Test
  void aCategoryFoundAtRunTimeCanBeGivenItsExpectationToo() {
    io.github.qacatalog.QaCategory outOfScope = QaCatalog.categories().get(1);
    Evaluation evaluation = Fakes.evaluation(new Fakes.OracleModel(), null, new Fakes.Output())
        .items(QaCatalog.all())
        .expect(QaCatalog.OutOfScopeQa.class, Expectation.ANSWER)
        .expect(outOfScope, Expectation.REFUSAL)
        .build();
    assertThat(evaluation.expectationOf(OutOfScopeQa.Q1)).isEqualTo(Expectation.REFUSAL);
  }
}
