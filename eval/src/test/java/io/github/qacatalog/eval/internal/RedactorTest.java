package io.github.qacatalog.eval.internal;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = Redactor.of(
      Map.of("OPENAI_API_KEY", "plain-looking-value-123", "ANTHROPIC_API_KEY", "another-one-456",
          "GITHUB_TOKEN", "tok", "HOME", "/home/someone-long-enough"),
      List.of("from-a-vault-789"));

  @Test
  void valuesOfSecretEnvironmentVariablesAndGivenSecretsAreMaskedAnywhere() {
    assertThat(redactor.redact("key plain-looking-value-123 and another-one-456, from-a-vault-789"))
        .isEqualTo("key [REDACTED] and [REDACTED], [REDACTED]");
  }

  @Test
  void shortValuesAndOtherVariablesAreLeftAlone() {
    assertThat(redactor.redact("tok is short; /home/someone-long-enough is no secret"))
        .isEqualTo("tok is short; /home/someone-long-enough is no secret");
  }

  @Test
  void credentialShapesAreMasked() {
    assertThat(redactor.redact("sk-proj-abcdefghijklmnop1234 and sk-ant-api03-abcdefghijklmnopqrstu"))
        .isEqualTo("[REDACTED] and [REDACTED]");
    assertThat(redactor.redact("Authorization: Bearer abc.def-ghi_jkl")).isEqualTo("Authorization: [REDACTED]");
    assertThat(redactor.redact("AIzaSyA1234567890abcdefghijklmnopqrstu")).isEqualTo("[REDACTED]");
    assertThat(redactor.redact("AKIAABCDEFGHIJKLMNOP")).isEqualTo("[REDACTED]");
    assertThat(redactor.redact("ghp_abcdefghijklmnopqrstuvwxyz012345")).isEqualTo("[REDACTED]");
  }

  @Test
  void errorMessagesAlsoLoseValuesNamedAsCredentials() {
    assertThat(redactor.redactError("GET /v1?api_key=abcd1234&x=1 failed"))
        .isEqualTo("GET /v1?api_key=[REDACTED]&x=1 failed");
    assertThat(redactor.redactError("{\"token\": \"zzzz9999\"}")).isEqualTo("{\"token\": \"[REDACTED]\"}");
    assertThat(redactor.redactError("x-api-key: abcd1234")).isEqualTo("x-api-key: [REDACTED]");
    // Ordinary text about tokens stays as it is in responses.
    assertThat(redactor.redact("the max token = 512")).isEqualTo("the max token = 512");
  }

  @Test
  void describeMasksBeforeItShortens() {
    String secret = "from-a-vault-789";
    String message = "x".repeat(490) + secret;
    assertThat(redactor.describe(new IllegalStateException(message))).doesNotContain("from-a-vault");
    assertThat(redactor.describe(new IllegalStateException("outer", new RuntimeException("inner from-a-vault-789"))))
        .isEqualTo("IllegalStateException: outer <- RuntimeException: inner [REDACTED]");
  }
}
