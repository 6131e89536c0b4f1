package io.github.qacatalog.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.qacatalog.QaItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes questions as JSON Lines, one object per line, for evaluation tools:
 *
 * <pre>{@code
 * {"id":"Q37","category":"Out-of-Scope QA","number":37,"question":"Who is ...?","answer":null,"paraphrases":[],"line":48}
 * }</pre>
 *
 * <p>{@code number} is {@code null} for a question without one, {@code answer} is {@code null}
 * for a question without an answer, and {@code paraphrases} is always an array, empty for a
 * question without any; texts are the Markdown source as written.
 */
public final class QaJsonLinesWriter {
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private QaJsonLinesWriter() {}

  /** Writes one line per item to {@code out}, in order; leaves {@code out} open. */
  public static void write(Iterable<? extends QaItem> items, Writer out) {
    try {
      for (QaItem item : items) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
          json.writeStartObject();
          json.writeStringField("id", item.id());
          json.writeStringField("category", item.category().title());
          if (item.number() > 0) {
            json.writeNumberField("number", item.number());
          } else {
            json.writeNullField("number");
          }
          json.writeStringField("question", item.question());
          json.writeStringField("answer", item.answer().orElse(null));
          json.writeArrayFieldStart("paraphrases");
          for (String paraphrase : item.paraphrases()) {
            json.writeString(paraphrase);
          }
          json.writeEndArray();
          json.writeNumberField("line", item.line());
          json.writeEndObject();
        }
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
