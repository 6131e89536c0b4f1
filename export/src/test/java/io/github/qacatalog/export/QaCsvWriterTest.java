package io.github.qacatalog.export;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class QaCsvWriterTest {

  private static String csv(List<QaItem> items) {
    StringBuilder out = new StringBuilder();
    QaCsvWriter.write(items, out);
    return out.toString();
  }

  @Test
  void writesHeaderThenCategoryQuestionAndGoldAnswer() {
    ParsedCatalog catalog = ParsedCatalog.ofText("## Deep Dive\n\n**Question:** Why \"tiny\", models?\n\n"
        + "**Answer:** Cheap,\nand fast.\n\n## Probes\n\n1. Who?\n");

    assertThat(csv(catalog.all())).isEqualTo("category,question,gold_answer,paraphrase_of\r\n"
        + "Deep Dive,\"Why \"\"tiny\"\", models?\",\"Cheap,\nand fast.\",\r\n"
        + "Probes,Who?,,\r\n");
  }

  @Test
  void eachParaphraseIsARowOfItsOwnWithTheGoldAnswerAndTheQuestionItRewords() {
    ParsedCatalog catalog = ParsedCatalog.ofText("## Deep Dive\n\n**Question:** Why tiny models?\n**Paraphrases:**\n"
        + "- Why small, cheap models?\n- What is the case for tiny models?\n\n**Answer:** Cheap.\n\n## Probes\n\n"
        + "1. Who?\n   **Paraphrases:**\n   - Who is it?\n");

    assertThat(csv(catalog.all())).isEqualTo("category,question,gold_answer,paraphrase_of\r\n"
        + "Deep Dive,Why tiny models?,Cheap.,\r\n"
        + "Deep Dive,\"Why small, cheap models?\",Cheap.,Why tiny models?\r\n"
        + "Deep Dive,What is the case for tiny models?,Cheap.,Why tiny models?\r\n"
        + "Probes,Who?,,\r\n"
        + "Probes,Who is it?,,Who?\r\n");
  }

  @Test
  void everyQuestionOfAWholeFileParsesBackAsARecord() throws IOException {
    ParsedCatalog catalog = ParsedCatalog.ofResource("roundtrip/paraphrases.md");
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv(catalog.all())),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames()).containsExactly("category", "question", "gold_answer", "paraphrase_of").inOrder();
      records = parser.getRecords();
    }

    int row = 0;
    for (QaItem item : catalog.all()) {
      List<String> wordings = new ArrayList<>(List.of(item.question()));
      wordings.addAll(item.paraphrases());
      for (int w = 0; w < wordings.size(); w++) {
        CSVRecord record = records.get(row++);
        assertThat(record.get("category")).isEqualTo(item.category().title());
        assertThat(record.get("question")).isEqualTo(wordings.get(w));
        assertThat(record.get("gold_answer")).isEqualTo(item.answer().orElse(""));
        assertThat(record.get("paraphrase_of")).isEqualTo(w == 0 ? "" : item.question());
      }
    }
    assertThat(records).hasSize(row);
    assertThat(row).isGreaterThan(catalog.all().size());
  }
}
