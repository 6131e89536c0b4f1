package io.github.qacatalog.export;

import static com.google.common.truth.Truth.assertWithMessage;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema that the export jar ships for its JSON Lines, read from the class path as a user
 * would read it, and checked with a validator of its own (networknt's): every test that writes
 * JSON Lines hands its output to {@link #assertConforms}.
 */
final class JsonLinesSchema {
  /** Where the export jar keeps it. */
  static final String RESOURCE = "io/github/qacatalog/export/qacatalog-export.schema.json";

  private static final Schema SCHEMA = load();

  private JsonLinesSchema() {}

  /** Fails unless every line of {@code jsonLines} (each ended by a newline) is valid. */
  static void assertConforms(String jsonLines) {
    assertWithMessage("JSON Lines end with a newline").that(jsonLines.isEmpty() || jsonLines.endsWith("\n")).isTrue();
    String[] lines = jsonLines.split("\n", -1);
    for (int i = 0; i < lines.length - 1; i++) {
      assertWithMessage("line %s: %s", i + 1, lines[i]).that(problems(lines[i])).isEmpty();
    }
  }

  /** What the validator finds wrong with one line; empty when it conforms. */
  static List<String> problems(String line) {
    return SCHEMA.validate(line, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = JsonLinesSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the class path");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
