package io.github.qacatalog.eval.recorded;

import static com.google.common.truth.Truth.assertThat;
import static io.github.qacatalog.eval.recorded.Files.crlf;
import static io.github.qacatalog.eval.recorded.Files.write;

import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.RetryPolicy;
import io.github.qacatalog.eval.catalog.QaCatalog.OutOfScopeQa;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.Scorers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedRunTest {
  @TempDir Path dir;

  @Test
  void aRecordedRunScoresTheRecordedResponsesAndCallsNoModel() {
    Path csv = write(dir.resolve("responses.csv"), crlf(
        "id,model,response",
        "colour,chat-ui,The Acme widget is blue.",
        "weight,chat-ui,It weighs 250 grams.",
        "Q1,chat-ui,The information is not available in the context.",
        "maker,chat-ui,Globex."));
    RecordedResponses responses = RecordedReader.of(QaCatalog.all()).responses(csv);
    RecordedModel model = responses.model("chat-ui");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RunResult result = Evaluation.builder()
        .model(model)
        .items(responses.items("chat-ui"))
        .context("The Acme widget is blue.")
        .expect(OutOfScopeQa.class, Expectation.REFUSAL)
        .scorers(Expectation.ANSWER, Scorers.tokenF1())
        .clearThresholds(Expectation.ANSWER)
        .threshold(Expectation.ANSWER, "token_f1", 0.5)
        .retry(RetryPolicy.NONE)
        .progress(false)
        .out(new PrintStream(out, true, StandardCharsets.UTF_8))
        .err(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .build()
        .run();

    assertThat(result.items()).hasSize(4);
    ItemResult colour = result.get(ProductFacts.COLOUR);
    assertThat(colour.model()).isEqualTo("chat-ui");
    assertThat(colour.response()).hasValue("The Acme widget is blue.");
    assertThat(colour.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.get(ProductFacts.MAKER).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.get(OutOfScopeQa.Q1).passed()).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Evaluation of chat-ui");
  }

  @Test
  void aQuestionWithoutARecordedResponseFailsAtOnceWithoutRetryNamingIt() {
    Path csv = write(dir.resolve("responses.csv"), crlf("id,response", "colour,Blue."));
    RecordedModel model = RecordedReader.of(QaCatalog.all()).responses(csv).model();

    RunResult result = Evaluation.builder()
        .model(model)
        .items(ProductFacts.COLOUR, ProductFacts.WEIGHT)
        .context("The Acme widget is blue.")
        .scorers(Expectation.ANSWER, Scorers.tokenF1())
        .clearThresholds(Expectation.ANSWER)
        .retry(RetryPolicy.DEFAULT) // would wait about 3 s in all if the failure were retried
        .progress(false)
        .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .err(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .build()
        .run();

    assertThat(result.get(ProductFacts.COLOUR).outcome()).isEqualTo(Outcome.PASSED);
    ItemResult weight = result.get(ProductFacts.WEIGHT);
    assertThat(weight.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(weight.error().orElseThrow())
        .contains("no recorded response of recorded to \"How much does the Acme widget weigh?\"");
    assertThat(weight.error().orElseThrow()).contains("(1 attempt)");
  }
}
