package io.github.qacatalog.eval.review;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.recorded.HandGrade;
import io.github.qacatalog.eval.recorded.HandGrades;
import io.github.qacatalog.eval.recorded.RecordedReader;
import io.github.qacatalog.eval.report.html.HtmlReport;
import io.github.qacatalog.eval.report.html.SampleRuns;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page's grades file is what the hand-grade reader reads, as it is. */
class GradesFileReadByRecordedReaderTest {
  @TempDir Path dir;

  @Test
  void theHandGradeReaderReadsTheGradesTheReviewPageWroteAndTheLastOneWins() throws Exception {
    HtmlReport.write(SampleRuns.deepDive(Rubric.DEFAULT, false), dir);
    QaItem first = SampleRuns.items().get(0);
    QaItem second = SampleRuns.items().get(1);
    try (ReviewServer server = ReviewServer.start(dir)) {
      post(server, first.id(), "model-a", "{\"accuracy\":\"partly\"}", "");
      post(server, first.id(), "model-a",
          "{\"completeness\":\"full\",\"accuracy\":\"accurate\",\"hallucinations\":\"none\",\"format\":\"ok\"}",
          "all good, \\\"really\\\"");
      post(server, second.id(), "model-b", "{\"hallucinations\":\"major\"}", "");
    }

    HandGrades grades = RecordedReader.of(SampleRuns.items()).grades(dir.resolve("grades.csv"), Rubric.DEFAULT);

    assertThat(grades.size()).isEqualTo(2);
    HandGrade a = grades.get("model-a", first).orElseThrow();
    assertThat(a.labels()).containsExactly("completeness", "full", "accuracy", "accurate",
        "hallucinations", "none", "format", "ok");
    assertThat(a.note()).isEqualTo("all good, \"really\"");
    assertThat(grades.passed(a)).hasValue(true);
    HandGrade b = grades.get("model-b", second).orElseThrow();
    assertThat(b.labels()).containsExactly("hallucinations", "major");
    assertThat(grades.passed(b)).hasValue(false);
  }

  private static void post(ReviewServer server, String id, String model, String labels, String note)
      throws Exception {
    String body = "{\"id\":\"" + id + "\",\"model\":\"" + model + "\",\"variant\":\"\",\"sample\":1,"
        + "\"labels\":" + labels + ",\"note\":\"" + note + "\"}";
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/grade?" + server.url().getRawQuery()))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }
}
