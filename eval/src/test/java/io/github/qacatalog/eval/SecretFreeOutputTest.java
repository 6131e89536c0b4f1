package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.result.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No key reaches the log, the CSV, the table or an error message, whatever the model throws or says. */
class SecretFreeOutputTest {
  private static final String PROVIDER_KEY = "sk-proj-Zx81bQ2LmN0pRt5VwY7a";
  private static final String VAULT_KEY = "vault-secret-0b7f3e";
  @TempDir Path dir;

  @Test
  void keysInExceptionsAndResponsesNeverReachTheLogOrTheCsv() throws Exception {
    AnswerModel leaky = new AnswerModel() {
      @Override
      public String name() {
        return "leaky";
      }

      @Override
      public ModelAnswer answer(String systemPrompt, String userMessage) {
        if (userMessage.equals(QaCatalog.OutOfScopeQa.Q1.question())) {
          throw new IllegalStateException("HTTP 401 for request with Authorization: Bearer " + PROVIDER_KEY
              + " (key " + VAULT_KEY + ")");
        }
        if (userMessage.equals(QaCatalog.OutOfScopeQa.Q2.question())) {
          throw new RuntimeException("wrapped", new IllegalArgumentException("api_key=" + VAULT_KEY));
        }
        return ModelAnswer.of("My key is " + PROVIDER_KEY + " and " + VAULT_KEY);
      }
    };
    Path log = dir.resolve("log.jsonl");
    Path csv = dir.resolve("results.csv");
    Fakes.Output output = new Fakes.Output();

    RunResult result = Fakes.evaluation(leaky, log, output)
        .items(QaCatalog.all())
        .secret(VAULT_KEY)
        .csv(csv)
        .build()
        .run();

    assertThat(result.get(QaCatalog.OutOfScopeQa.Q1).error().orElseThrow()).doesNotContain(PROVIDER_KEY);
    assertThat(result.get(QaCatalog.OutOfScopeQa.Q1).error().orElseThrow()).doesNotContain(VAULT_KEY);
    assertThat(result.get(QaCatalog.OutOfScopeQa.Q2).error()).hasValue(
        "RuntimeException: wrapped <- IllegalArgumentException: api_key=[REDACTED] (1 attempt)");
    for (String text : new String[] {Files.readString(log), Files.readString(csv), output.out(), output.err()}) {
      assertThat(text).doesNotContain(PROVIDER_KEY);
      assertThat(text).doesNotContain(VAULT_KEY);
      assertThat(text).doesNotContain("Zx81bQ2");
    }
    assertThat(Files.readString(log)).contains("My key is [REDACTED] and [REDACTED]");
    assertThat(Files.readString(csv)).contains("Authorization: [REDACTED]");
  }
}
