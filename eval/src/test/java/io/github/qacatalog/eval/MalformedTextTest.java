package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.report.ReportFiles;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.RunLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response with a lone surrogate (half a character, which UTF-8 cannot encode) once destroyed the
 * report: the CSV writer threw, no table was printed, the previous CSV was left half written, the
 * log stored "?". Every writer now replaces it with U+FFFD, and reports replace the previous one
 * whole or not at all.
 */
class MalformedTextTest {
  private static final String BROKEN = "Blue \uD83D and \uDE00 more";
  private static final String REPLACED = "Blue \uFFFD and \uFFFD more";
  @TempDir Path dir;

  private Evaluation.Builder evaluation(AnswerModel model, Fakes.Output output) {
    return Fakes.evaluation(model, dir.resolve("log.jsonl"), output).csv(dir.resolve("results.csv"));
  }

  @Test
  void aLoneSurrogateIsReplacedInTheTableTheCsvAndTheLog() throws Exception {
    AnswerModel model = AnswerModel.of("m", (system, user) ->
        user.equals(ProductFacts.COLOUR.question()) ? BROKEN : new Fakes.OracleModel().answerTo(user));
    Fakes.Output output = new Fakes.Output();
    RunResult result = evaluation(model, output).items(QaCatalog.all()).build().run();

    assertThat(result.get(ProductFacts.COLOUR).response()).hasValue(REPLACED);
    assertThat(output.lastLine()).startsWith("answers: 8 from the model");
    String csv = Files.readString(dir.resolve("results.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains(REPLACED);
    assertThat(RunLog.read(dir.resolve("log.jsonl")).stream()
        .filter(r -> r.id().equals("colour")).findFirst().orElseThrow().response()).isEqualTo(REPLACED);
  }

  @Test
  void aReportThatFailsLeavesThePreviousOneWholeAndTheRunSaysSo() throws Exception {
    Fakes.Output first = new Fakes.Output();
    evaluation(new Fakes.OracleModel(), first).items(QaCatalog.all()).build().run();
    byte[] good = Files.readAllBytes(dir.resolve("results.csv"));

    Fakes.Output second = new Fakes.Output();
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () ->
        Fakes.evaluation(new Fakes.OracleModel(), dir.resolve("log.jsonl"), second).items(QaCatalog.all())
            .report((result, directory) -> ReportFiles.writeAtomically(directory.resolve("results.csv"), out -> {
              out.write("half a report");
              throw new IOException("No space left on device");
            }), dir)
            .build().run());

    assertThat(e).hasMessageThat().contains("No space left on device");
    assertThat(second.lastLine()).startsWith("answers: 0 from the model, 8 from the log");
    assertThat(second.err()).contains("the previous report, if any, is unchanged");
    assertThat(Files.readAllBytes(dir.resolve("results.csv"))).isEqualTo(good);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("log.jsonl", "results.csv");
    }
  }
}
