package io.github.qacatalog.export;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import java.io.IOException;
import java.io.StringReader;
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

    assertThat(csv(catalog.all())).isEqualTo("category,question,gold_answer\r\n"
        + "Deep Dive,\"Why \"\"tiny\"\", models?\",\"Cheap,\nand fast.\"\r\n"
        + "Probes,Who?,\r\n");
  }

  @Test
  void everyQuestionOfAWholeFileParsesBackAsARecord() throws IOException {
    ParsedCatalog catalog = ParsedCatalog.ofResource("roundtrip/every-form.md");
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv(catalog.all())),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames()).containsExactly("category", "question", "gold_answer").inOrder();
      records = parser.getRecords();
    }

    assertThat(records).hasSize(catalog.all().size());
    for (int i = 0; i < records.size(); i++) {
      QaItem item = catalog.all().get(i);
      assertThat(records.get(i).get("category")).isEqualTo(item.category().title());
      assertThat(records.get(i).get("question")).isEqualTo(item.question());
      assertThat(records.get(i).get("gold_answer")).isEqualTo(item.answer().orElse(""));
    }
  }
}
