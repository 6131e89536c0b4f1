package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.internal.Redactor;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.RunLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The redactor once turned "sends a bearer authentication header" into "sends a [REDACTED] header",
 * in responses and questions alike, and a rerun scored the altered text. Prose that mentions
 * bearer, token, key and secret passes untouched; credentials are still masked.
 */
class OrdinaryProseTest {
  private static final List<String> PROSE = List.of(
      "The client sends a bearer authentication header with every request.",
      "Bearer tokens expire after an hour; refresh the token before then.",
      "Keep the API key and the client secret out of the repository.",
      "A token bucket refills at a steady rate; the key idea is fairness.",
      "Use sk-learn? No: scikit-learn is the package's name.");
  @TempDir Path dir;

  @Test
  void theRedactorLeavesOrdinaryWordsAlone() {
    Redactor redactor = Redactor.of(Map.of(), List.of());
    for (String text : PROSE) {
      assertThat(redactor.redact(text)).isEqualTo(text);
    }
    assertThat(redactor.redact("Authorization: Bearer 4f9Qa8Lm2Xc7Vb1Nz6Tk.abc"))
        .isEqualTo("Authorization: " + Redactor.MASK);
    assertThat(redactor.redact("with bearer 4f9Qa8Lm2Xc7Vb1Nz6Tk"))
        .isEqualTo("with " + Redactor.MASK);
    assertThat(redactor.redact("key sk-proj-4f9Qa8Lm2Xc7Vb1Nz6Tk")).isEqualTo("key " + Redactor.MASK);
  }

  @Test
  void proseInQuestionsAndResponsesReachesEveryOutputUnchanged() throws Exception {
    Map<String, String> questions = new java.util.LinkedHashMap<>();
    for (int i = 0; i < PROSE.size(); i++) {
      questions.put("p" + i, "Is this right: " + PROSE.get(i));
    }
    List<QaItem> items = Fakes.items("Prose", questions);
    AnswerModel echo = AnswerModel.of("echo", (system, user) -> user.substring("Is this right: ".length()));
    Path log = dir.resolve("log.jsonl");
    Path csv = dir.resolve("results.csv");
    RunResult result = Fakes.evaluation(echo, log, new Fakes.Output()).items(items).csv(csv).build().run();

    String csvText = Files.readString(csv);
    String logText = Files.readString(log);
    for (int i = 0; i < PROSE.size(); i++) {
      assertThat(result.items().get(i).response()).hasValue(PROSE.get(i));
      assertThat(result.items().get(i).question()).isEqualTo("Is this right: " + PROSE.get(i));
      assertThat(csvText).contains(PROSE.get(i));
      assertThat(logText).contains(PROSE.get(i));
    }
    assertThat(csvText).doesNotContain(Redactor.MASK);
    assertThat(logText).doesNotContain(Redactor.MASK);
    assertThat(RunLog.read(log)).hasSize(PROSE.size());
  }
}
