package io.github.qacatalog.export;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped schema describes what the writer writes, and rejects what it never writes. */
class QaJsonLinesSchemaTest {
  private static final String VALID =
      "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"answer\":null,\"paraphrases\":[],\"line\":12}";

  @Test
  void schemaIsDraft2020WithAnId() throws IOException {
    String schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(JsonLinesSchema.RESOURCE)) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(schema).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(schema).contains("\"$id\": \"https://qacatalog.github.io/schemas/qacatalog-export.schema.json\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"roundtrip/seed.md", "roundtrip/every-form.md", "roundtrip/llm-context.md", "roundtrip/paraphrases.md"})
  void everyLineOfEachRoundTripFixtureConforms(String resource) {
    ParsedCatalog catalog = ParsedCatalog.ofResource(resource);
    StringWriter out = new StringWriter();
    QaJsonLinesWriter.write(catalog.all(), out);

    assertThat(out.toString().lines().count()).isEqualTo((long) catalog.all().size());
    JsonLinesSchema.assertConforms(out.toString());
  }

  @Test
  void aLineTheWriterWritesConforms() {
    assertThat(JsonLinesSchema.problems(VALID)).isEmpty();
    assertThat(JsonLinesSchema.problems(VALID.replace("\"number\":37", "\"number\":null")
        .replace("\"answer\":null", "\"answer\":\"Nobody.\""))).isEmpty();
    assertThat(JsonLinesSchema.problems(VALID.replace("\"paraphrases\":[]", "\"paraphrases\":[\"Whom?\",\"Which one?\"]")))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // a required field missing
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"line\":12}",
    // a number given as text
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":\"37\",\"question\":\"Who?\",\"answer\":null,\"line\":12}",
    // a line that is not an integer
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"answer\":null,\"line\":1.5}",
    // a question that is null
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":null,\"answer\":null,\"line\":12}",
    // an empty id, and a number 0 (the writer writes null for no number)
    "{\"id\":\"\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"answer\":null,\"line\":12}",
    "{\"id\":\"Q0\",\"category\":\"Probes\",\"number\":0,\"question\":\"Who?\",\"answer\":null,\"line\":12}",
    // paraphrases missing, null, not an array, with an empty or a repeated wording
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"answer\":null,\"line\":12}",
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"answer\":null,\"paraphrases\":null,\"line\":12}",
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"answer\":null,\"paraphrases\":\"Whom?\",\"line\":12}",
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"answer\":null,\"paraphrases\":[\"\"],\"line\":12}",
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"answer\":null,\"paraphrases\":[\"A?\",\"A?\"],\"line\":12}",
    // a field the export does not have
    "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who?\",\"answer\":null,\"line\":12,\"score\":1}",
  })
  void aLineTheWriterNeverWritesIsRejected(String line) {
    assertThat(JsonLinesSchema.problems(line)).isNotEmpty();
  }
}
