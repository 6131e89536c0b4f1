package io.github.qacatalog.eval.recorded;

import static com.google.common.truth.Truth.assertThat;
import static io.github.qacatalog.eval.recorded.Files.crlf;
import static io.github.qacatalog.eval.recorded.Files.write;

import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.RetryPolicy;
import io.github.qacatalog.eval.paraphrased.ParaphrasedCatalog;
import io.github.qacatalog.eval.paraphrased.ParaphrasedCatalog.WidgetFacts;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.Scorers;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded response may answer a paraphrase: it is matched to it, replayed for it and graded there. */
class RecordedParaphraseRunTest {
  static final Rubric PERSON = Rubric.of("person", Criterion.of("completeness", "Full", "Partial"));

  @TempDir Path dir;

  @Test
  void aRowAnsweringAParaphraseIsAskedInThatWordingAndItsHandGradeAttachesThere() {
    Path csv = write(dir.resolve("responses.csv"), crlf(
        "question,model,response,completeness",
        "What colour is the Acme widget?,chat,The Acme widget is blue.,Full",
        "which colour does the acme widget have,chat,Blue.,Partial",
        "How much does the Acme widget weigh?,chat,It weighs 250 grams.,Full"));
    RecordedAndGraded recorded =
        RecordedReader.of(ParaphrasedCatalog.all()).responsesAndGrades(csv, csv, PERSON);
    RecordedResponse paraphrased = recorded.responses().all().get(1);
    assertThat(paraphrased.item()).isEqualTo(WidgetFacts.COLOUR);
    assertThat(paraphrased.wording()).isEqualTo(new Wording("Which colour does the Acme widget have?", 1));
    assertThat(paraphrased.rule()).isEqualTo(MatchRule.LOOSE_TEXT);

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RunResult result = Evaluation.builder()
        .model(recorded.responses().model("chat"))
        .items(recorded.responses().items("chat"))
        .context("The Acme widget is blue.")
        .scorers(io.github.qacatalog.eval.Expectation.ANSWER, Scorers.tokenF1())
        .clearThresholds(io.github.qacatalog.eval.Expectation.ANSWER)
        .threshold(io.github.qacatalog.eval.Expectation.ANSWER, "token_f1", 0.5)
        .handGrades(recorded.grades())
        .retry(RetryPolicy.NONE)
        .progress(false)
        .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .err(new PrintStream(err, true, StandardCharsets.UTF_8))
        .build()
        .run();

    // the second paraphrase has no recorded response: not asked, and the run says so
    assertThat(result.items().stream().map(ItemResult::wordingId).toList())
        .containsExactly("colour", "colour~p1", "weight").inOrder();
    assertThat(result.errors()).isEqualTo(0);
    String warnings = err.toString(StandardCharsets.UTF_8);
    assertThat(warnings).contains("chat has no recorded response to 1 wording of questions it"
        + " answered in another wording; they are not asked");
    assertThat(warnings).doesNotContain("grade no answer");

    ItemResult asWritten = result.items().get(0);
    ItemResult paraphrase = result.items().get(1);
    assertThat(paraphrase.asked()).isEqualTo("Which colour does the Acme widget have?");
    assertThat(paraphrase.response()).hasValue("Blue.");
    assertThat(paraphrase.passed()).isFalse();
    assertThat(paraphrase.personGrade().orElseThrow().labels()).containsExactly("completeness", "Partial");
    assertThat(asWritten.response()).hasValue("The Acme widget is blue.");
    assertThat(asWritten.personGrade().orElseThrow().labels()).containsExactly("completeness", "Full");

    assertThat(result.consistency()).hasSize(1);
    assertThat(result.consistency().get(0).passed()).isEqualTo(1);
    assertThat(result.consistency().get(0).wordings()).isEqualTo(2);
    assertThat(result.consistency().get(0).worst()).isSameInstanceAs(paraphrase);
  }

  @Test
  void aReaderToldOfNoParaphrasesMatchesTheQuestionsAsWrittenOnly() {
    Path csv = write(dir.resolve("responses.csv"), crlf("question,response",
        "Which colour does the Acme widget have?,Blue."));
    RecordedInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        RecordedInputException.class, () -> RecordedReader.of(ParaphrasedCatalog.all())
            .withParaphrases(item -> List.of()).responses(csv));
    assertThat(e.getMessage()).contains("responses.csv:2:1: ");
    assertThat(e.getMessage()).contains("matches no question of the catalog");
  }
}
