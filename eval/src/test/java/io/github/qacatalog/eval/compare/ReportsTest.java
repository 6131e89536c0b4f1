package io.github.qacatalog.eval.compare;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportsTest {
  @TempDir Path dir;

  private static List<Observation> twoModels() {
    return new Observations().model("a", "x", "1100").model("a", "y", "10")
        .model("b", "x", "1110").model("b", "y", "11").list();
  }

  @Test
  void summaryCsvHasOneNumericRowPerModelVariantAndCategory() throws Exception {
    ComparisonResult r = Comparison.of(twoModels());
    Path file = dir.resolve("summary.csv");
    SummaryCsv.write(r, file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertThat(csv.getHeaderNames()).isEqualTo(SummaryCsv.header(List.of("similarity")));
      List<CSVRecord> rows = csv.getRecords();
      assertThat(rows).hasSize(6);
      CSVRecord aAll = rows.get(0);
      assertThat(aAll.get("model")).isEqualTo("a");
      assertThat(aAll.get("category")).isEqualTo(Comparison.ALL);
      assertThat(Double.parseDouble(aAll.get("pass_rate"))).isEqualTo(0.5);
      assertThat(Double.parseDouble(aAll.get("pass_rate_lower")))
          .isEqualTo(r.summary("a", "", Comparison.ALL).orElseThrow().passRate().interval().lower());
      assertThat(aAll.get("baseline")).isEmpty();
      CSVRecord bAll = rows.stream().filter(x -> x.get("model").equals("b") && x.get("category").equals(Comparison.ALL))
          .findFirst().orElseThrow();
      assertThat(bAll.get("baseline")).isEqualTo("a");
      assertThat(Integer.parseInt(bAll.get("only_model_passes"))).isEqualTo(2);
      assertThat(Double.parseDouble(bAll.get("pass_rate_diff"))).isWithin(1e-12).of(2.0 / 6);
      assertThat(Double.parseDouble(bAll.get("mcnemar_p"))).isWithin(1e-12).of(0.5);
      assertThat(Double.parseDouble(bAll.get("similarity_diff_lower"))).isAtMost(Double.parseDouble(bAll.get("similarity_diff")));
      assertThat(bAll.get("verdict")).contains("too little to tell");
      for (CSVRecord row : rows) {
        assertThat(row.size()).isEqualTo(csv.getHeaderNames().size());
      }
    }
  }

  @Test
  void junitXmlParsesWithOneCasePerQuestionAndModel() throws Exception {
    List<Observation> list = new java.util.ArrayList<>(twoModels());
    list.add(new Observation("c", "", "x-0", "x", 0, false, Map.of("similarity", 0.1),
        "What is <this> & that?", "Nonsense \u0000 with a control character \uD800"));
    Path file = dir.resolve("junit.xml");
    JUnitXmlReport.write(list, "qacatalog eval", file);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("13");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("a");
    assertThat(((Element) suites.item(0)).getAttribute("failures")).isEqualTo("3");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(13);
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(5);
    Element last = (Element) failures.item(4);
    assertThat(last.getTextContent()).contains("question: What is <this> & that?");
    assertThat(last.getTextContent()).contains("response: Nonsense \uFFFD with a control character \uFFFD");
    assertThat(last.getTextContent()).contains("scores: similarity=0.100");
    assertThat(((Element) last.getParentNode()).getAttribute("name")).isEqualTo("x-0");
  }

  @Test
  void thresholdsFailTheCheckWithTheirReasons() {
    ComparisonResult r = Comparison.of(twoModels());
    ThresholdCheck ok = ThresholdCheck.of(r, List.of(Threshold.passRate("x", 0.5)));
    assertThat(ok.passed()).isTrue();
    assertThat(ok.exitCode()).isEqualTo(0);
    assertThat(ok.checked()).isEqualTo(2);
    ok.assertPassed();

    ThresholdCheck bad = ThresholdCheck.of(r, List.of(
        Threshold.passRate("x", 0.6), Threshold.mean(Comparison.ALL, "similarity", 0.7),
        Threshold.passRate("z", 0.1), Threshold.mean("x", "f1", 0.1)));
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.failures()).hasSize(4);
    assertThat(bad.failures().get(0)).startsWith("a, x: pass rate 0.500 is below the threshold 0.600");
    assertThat(bad.failures().get(0)).contains("the data cannot tell whether it is really below");
    assertThat(bad.failures().get(1)).startsWith("a, (all): mean similarity 0.600 is below");
    assertThat(bad.failures().get(2)).contains("no such category");
    assertThat(bad.failures().get(3)).contains("no such score");
    AssertionError e = assertThrows(AssertionError.class, bad::assertPassed);
    assertThat(e).hasMessageThat().startsWith("4 thresholds failed:");
  }

  @Test
  void consoleTablePutsModelsSideBySideThenThePairs() {
    String table = ComparisonTable.render(Comparison.of(twoModels()));
    String[] lines = table.split("\n");
    assertThat(lines[1]).contains("a (baseline)");
    assertThat(lines[1].indexOf("| b")).isGreaterThan(lines[1].indexOf("a (baseline)"));
    // The model's name spans its group: the bars of both header lines line up.
    assertThat(lines[2].indexOf("| n")).isEqualTo(lines[1].indexOf("| a"));
    assertThat(lines[2].lastIndexOf("| n")).isEqualTo(lines[1].indexOf("| b"));
    assertThat(table).contains("0.50 [");
    assertThat(table).contains("Against the baseline a");
    assertThat(table).contains("only b passes: x-2, y-1");
    assertThat(table).contains("only a passes: none");
  }
}
