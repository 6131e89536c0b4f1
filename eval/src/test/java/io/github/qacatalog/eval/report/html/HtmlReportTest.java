package io.github.qacatalog.eval.report.html;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qacatalog.eval.report.html.internal.ScriptJson;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @TempDir Path dir;

  @Test
  void theEmbeddedDataHoldNothingThatEndsTheScriptElementAndParseBackToTheSameData() throws Exception {
    ReportData data = SampleRuns.deepDive(Rubric.DEFAULT, true);
    String html = HtmlReport.render(data);
    Matcher blob = Pattern.compile(
        "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
        .matcher(html);
    assertThat(blob.find()).isTrue();
    String json = blob.group(1);
    assertThat(json).doesNotContain("<");
    assertThat(json).doesNotContain(">");
    assertThat(json).doesNotContain("\u2028");
    assertThat(json).doesNotContain("\u2029");
    assertThat(new ObjectMapper().readValue(json, ReportData.class)).isEqualTo(data);
  }

  @Test
  void embeddingKeepsTheMeaningOfEveryCharacter() throws Exception {
    String text = "</script><!-- & \u2028\u2029 > \"q\" é 😀";
    String json = new ObjectMapper().writeValueAsString(text);
    String embedded = ScriptJson.embed(json);
    assertThat(embedded).doesNotContainMatch("[<>&\u2028\u2029]");
    assertThat(new ObjectMapper().readValue(embedded, String.class)).isEqualTo(text);
  }

  @Test
  void thePageIsSelfContainedAndAllowsOnlyItsOwnScriptAndStyle() throws Exception {
    Path page = HtmlReport.write(SampleRuns.deepDive(Rubric.DEFAULT, false), dir);
    String html = Files.readString(page);
    assertThat(html).doesNotContainMatch("(?i)(src|href)=\"(https?:)?//");
    assertThat(html).doesNotContainMatch("(?i)@import|url\\(");
    assertThat(html).contains("default-src 'none'; script-src 'sha256-");
    assertThat(html).contains("connect-src 'none'");
    assertThat(html).doesNotContain("unsafe-inline");
    // Exactly one inline script runs; the data and the review config are not scripts.
    assertThat(Pattern.compile("<script>").matcher(html).results().count()).isEqualTo(1);
  }

  @Test
  void reportDataJsonIsWrittenBesideTheReportAndReadsBackTheSame() throws Exception {
    ReportData data = SampleRuns.deepDive(Rubric.DEFAULT, true);
    HtmlReport.write(data, dir);
    assertThat(ReportDataFile.read(dir.resolve(ReportDataFile.NAME))).isEqualTo(data);
  }

  @Test
  void aFileThatIsNotReportDataIsNamedWithItsPlace() throws Exception {
    Path file = dir.resolve(ReportDataFile.NAME);
    Files.writeString(file, "{\n  \"run\": [1,\n");
    var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> ReportDataFile.read(file));
    assertThat(e).hasMessageThat().startsWith(file + ":2:");
  }

  @Test
  void textsOfTheHeaderAndTablesAreEscaped() {
    String html = HtmlReport.render(SampleRuns.deepDive(Rubric.DEFAULT, true));
    assertThat(html).contains("<title>&lt;/title&gt;&lt;script&gt;");
    assertThat(html).contains("<option value=\"&lt;img src=x onerror=&quot;");
    assertThat(html).doesNotContain(SampleRuns.HOSTILE_CATEGORY);
    assertThat(html).doesNotContain(SampleRuns.HOSTILE_TITLE);
  }

  @Test
  void theCalibrationTableShowsEachScoreOrWhyItCannotTellAndOnlyWhenThereIsOne() {
    ReportData data = SampleRuns.deepDive(Rubric.DEFAULT, true);
    String html = HtmlReport.render(data);
    String section = html.substring(html.indexOf("<section id=\"calibration\">"));
    section = section.substring(0, section.indexOf("</section>"));
    assertThat(section).contains("<tr><td>similarity</td><td class=\"num\">40</td>"
        + "<td class=\"num\">30/10</td><td class=\"num\">0.88</td><td class=\"num\">0.620</td>");
    assertThat(section).contains("90%</td><td class=\"num\">0.74</td><td class=\"num\">2/2</td>"
        + "<td class=\"num\">0.700</td>");
    assertThat(section).contains("80%</td><td class=\"num\">0.55</td><td class=\"num\">7/1</td>");
    assertThat(section).contains("<tr><td>token_f1</td><td class=\"num\">12</td>"
        + "<td class=\"num\">12/0</td><td class=\"num\">—</td><td class=\"num\">—</td><td>—</td>");
    assertThat(section).contains("<td>too little to tell: 12 graded answers</td>");
    // The score's name and note are text, not markup.
    assertThat(section).contains("<td>&lt;img src=x onerror=&quot;");
    assertThat(section).doesNotContain(SampleRuns.HOSTILE_CATEGORY);
    assertThat(section).doesNotContain(SampleRuns.HOSTILE.get(3));

    ReportData none = new ReportData(data.run(), data.rubric(), data.categories(),
        data.comparisons(), data.agreement(), data.questions());
    assertThat(none.calibration()).isEmpty();
    assertThat(HtmlReport.render(none)).doesNotContain("id=\"calibration\"");
  }

  @Test
  void aReportDataFileWrittenBeforeTheCalibrationReadsWithoutOne() throws Exception {
    ReportData data = SampleRuns.deepDive(Rubric.DEFAULT, false);
    ObjectMapper mapper = new ObjectMapper();
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(ReportDataFile.toJson(data));
    assertThat(tree.has("calibration")).isTrue();
    tree.remove("calibration");
    Path file = Files.writeString(dir.resolve(ReportDataFile.NAME), mapper.writeValueAsString(tree));
    ReportData read = ReportDataFile.read(file);
    assertThat(read.calibration()).isEmpty();
    assertThat(read.questions()).isEqualTo(data.questions());
    assertThat(read.agreement()).isEqualTo(data.agreement());
  }
}
