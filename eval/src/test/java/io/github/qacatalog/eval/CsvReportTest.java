package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.model.AnswerModel;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {
  @TempDir Path dir;

  @Test
  void oneRowPerQuestionWithTheFixedColumnsFirstThenOnePerScore() throws Exception {
    AnswerModel model = AnswerModel.of("m, \"quoted\"", (system, user) ->
        user.startsWith("What colour") ? "Blue,\n\"really\" blue." : new Fakes.OracleModel().answerTo(user));
    Path csv = dir.resolve("out/results.csv");
    Fakes.evaluation(model, null, new Fakes.Output()).items(QaCatalog.all()).csv(csv).build().run();

    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("model,variant,sample,category,id,question,wording,asked,response,gold_answer,"
        + "expectation,passed,similarity,refusal,outcome,error,duration_ms,attempts,input_tokens,"
        + "output_tokens,source\r\n");
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).hasSize(8);
      CSVRecord colour = rows.get(0);
      assertThat(colour.get("model")).isEqualTo("m, \"quoted\"");
      assertThat(colour.get("category")).isEqualTo("Product Facts");
      assertThat(colour.get("id")).isEqualTo("colour");
      assertThat(colour.get("response")).isEqualTo("Blue,\n\"really\" blue.");
      assertThat(colour.get("gold_answer")).isEqualTo("The Acme widget is blue.");
      assertThat(colour.get("expectation")).isEqualTo("ANSWER");
      assertThat(colour.get("passed")).isEqualTo("false");
      assertThat(Double.parseDouble(colour.get("similarity"))).isWithin(1e-9).of(1.0 / 6);
      assertThat(colour.get("outcome")).isEqualTo("FAILED");
      assertThat(colour.get("source")).isEqualTo("model");
      CSVRecord price = rows.get(4);
      assertThat(price.get("id")).isEqualTo("price");
      assertThat(price.get("passed")).isEmpty();
      assertThat(price.get("similarity")).isEmpty();
      assertThat(price.get("gold_answer")).isEmpty();
      assertThat(price.get("outcome")).isEqualTo("NO_GOLD_ANSWER");
      CSVRecord q1 = rows.get(5);
      assertThat(q1.get("expectation")).isEqualTo("REFUSAL");
      assertThat(q1.get("passed")).isEqualTo("true");
      assertThat(q1.get("refusal")).isEqualTo("1.0");
    }
  }
}
