package io.github.qacatalog.export;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.qacatalog.QaItem;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QaJsonLinesWriterTest {

  private static String jsonLines(List<QaItem> items) {
    StringWriter out = new StringWriter();
    QaJsonLinesWriter.write(items, out);
    JsonLinesSchema.assertConforms(out.toString());
    return out.toString();
  }

  /** One JSON object of text, read with a plain parser: field name to its text, "null", or an array's texts as a list prints. */
  private static Map<String, String> fields(String line) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    try (JsonParser json = new JsonFactory().createParser(line)) {
      assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        if (value == JsonToken.START_ARRAY) {
          List<String> texts = new ArrayList<>();
          while (json.nextToken() == JsonToken.VALUE_STRING) {
            texts.add(json.getText());
          }
          assertThat(json.currentToken()).isEqualTo(JsonToken.END_ARRAY);
          fields.put(name, texts.toString());
        } else {
          fields.put(name, value == JsonToken.VALUE_NULL ? "null" : json.getText());
        }
      }
      assertThat(json.nextToken()).isNull();
    }
    return fields;
  }

  @Test
  void writesOneObjectPerLineWithEveryField() {
    ParsedCatalog catalog = ParsedCatalog.ofText("## Deep \"Dive\"\n\n<!-- id: lora-bug -->\n"
        + "**Question:** How did he\nisolate it?\n\n**Answer:** With `diff`\\\n and \u00e9\u2019 care.\n\n"
        + "## Probes\n\n37. Who is the CEO?\n");

    assertThat(jsonLines(catalog.all())).isEqualTo(
        "{\"id\":\"lora-bug\",\"category\":\"Deep \\\"Dive\\\"\",\"number\":null,"
            + "\"question\":\"How did he\\nisolate it?\",\"answer\":\"With `diff`\\\\\\n and \u00e9\u2019 care.\",\"paraphrases\":[],\"line\":4}\n"
            + "{\"id\":\"Q37\",\"category\":\"Probes\",\"number\":37,\"question\":\"Who is the CEO?\","
            + "\"answer\":null,\"paraphrases\":[],\"line\":12}\n");
  }

  @Test
  void writesTheParaphrasesAsAnArrayOfTexts() {
    ParsedCatalog catalog = ParsedCatalog.ofText("## Probes\n\n**Question:** Who is the CEO?\n\n**Paraphrases:**\n"
        + "- Who runs \"it\"?\n- Who leads it,\n  today?\n\n**Answer:** Nobody.\n");

    assertThat(jsonLines(catalog.all())).isEqualTo("{\"id\":\"WHO_IS_THE_CEO\",\"category\":\"Probes\",\"number\":null,"
        + "\"question\":\"Who is the CEO?\",\"answer\":\"Nobody.\","
        + "\"paraphrases\":[\"Who runs \\\"it\\\"?\",\"Who leads it,\\n  today?\"],\"line\":3}\n");
  }

  @Test
  void everyQuestionOfAWholeFileReadsBackFromItsLine() throws IOException {
    ParsedCatalog catalog = ParsedCatalog.ofResource("roundtrip/paraphrases.md");
    String[] lines = jsonLines(catalog.all()).split("\n", -1);

    assertThat(lines).hasLength(catalog.all().size() + 1);
    assertThat(lines[lines.length - 1]).isEmpty();
    for (int i = 0; i < catalog.all().size(); i++) {
      QaItem item = catalog.all().get(i);
      Map<String, String> fields = fields(lines[i]);
      assertThat(fields.keySet()).containsExactly("id", "category", "number", "question", "answer", "paraphrases", "line").inOrder();
      assertThat(fields.get("id")).isEqualTo(item.id());
      assertThat(fields.get("category")).isEqualTo(item.category().title());
      assertThat(fields.get("question")).isEqualTo(item.question());
      assertThat(fields.get("answer")).isEqualTo(item.answer().orElse("null"));
      assertThat(fields.get("paraphrases")).isEqualTo(item.paraphrases().toString());
      assertThat(fields.get("line")).isEqualTo(Integer.toString(item.line()));
    }
  }
}
