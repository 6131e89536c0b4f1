package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.model.AnswerModel;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model output that starts with {@code =}, {@code +}, {@code -} or {@code @} used to go into the
 * CSV as is, where a spreadsheet runs it as a formula. The output directory now holds the exact CSV
 * for pandas and DuckDB and, beside it, a CSV for spreadsheets in which such cells are text.
 */
class SpreadsheetCsvTest {
  private static final List<String> FORMULAS = List.of(
      "=HYPERLINK(\"http://127.0.0.1/x\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1");
  @TempDir Path dir;

  @Test
  void theDataCsvIsExactAndTheSpreadsheetCsvRunsNoFormula() throws Exception {
    Map<String, String> questions = new LinkedHashMap<>();
    for (int i = 0; i < FORMULAS.size(); i++) {
      questions.put("f" + i, "Formula " + i + "?");
    }
    List<QaItem> items = Fakes.items("Formulas", questions);
    AnswerModel model = AnswerModel.of("m", (system, user) ->
        FORMULAS.get(Integer.parseInt(user.replaceAll("\\D", ""))));
    Fakes.evaluation(model, null, new Fakes.Output())
        .scorers(Expectation.ANSWER, Fakes.named("negative", in -> io.github.qacatalog.eval.scorer.Score.of("negative", -0.25)))
        .clearThresholds(Expectation.ANSWER)
        .items(items).outputDirectory(dir).build().run();

    List<CSVRecord> data = rows(dir.resolve(Evaluation.CSV_FILE_NAME));
    List<CSVRecord> sheet = rows(dir.resolve(Evaluation.SPREADSHEET_CSV_FILE_NAME));
    for (int i = 0; i < FORMULAS.size(); i++) {
      assertThat(data.get(i).get("response")).isEqualTo(FORMULAS.get(i));
      assertThat(sheet.get(i).get("response")).isEqualTo("'" + FORMULAS.get(i));
      assertThat(data.get(i).get("negative")).isEqualTo("-0.25");
      assertThat(sheet.get(i).get("negative")).isEqualTo("-0.25");
      assertThat(sheet.get(i).get("question")).isEqualTo(data.get(i).get("question"));
    }
  }

  private static List<CSVRecord> rows(Path csv) throws Exception {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }
}
