package io.github.qacatalog.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.qacatalog.eval.report.html.HtmlReport;
import io.github.qacatalog.eval.report.html.QuestionRow;
import io.github.qacatalog.eval.report.html.ReportData;
import io.github.qacatalog.eval.report.html.ResponseView;
import io.github.qacatalog.eval.report.html.RubricView;
import io.github.qacatalog.eval.report.html.RunFacts;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qacatalog review OUTPUT_DIR}, run as its own process, as a user runs it. */
class ReviewCommandTest {
  private static final Pattern URL = Pattern.compile("Review page: (http://127\\.0\\.0\\.1:\\d+/\\?token=(\\S+))");

  @TempDir Path dir;

  private static ReportData report() {
    ResponseView response = new ResponseView("model-a", "", 1, "Where is the file read?",
        "When compiling.", null, "PASSED", true, Map.of("similarity", 0.9), Map.of(), "", Map.of(),
        false, "");
    return new ReportData(
        new RunFacts("review test", "", List.of("model-a"), List.of(), null, null,
            "2026-12-02T14:00:00Z", 1, 1, 0, 0, null),
        RubricView.of(Rubric.DEFAULT), List.of(), List.of(), List.of(),
        List.of(new QuestionRow("q-where", "Design", "Where is the file read?", List.of(),
            "When compiling.", "", 0, List.of(response))));
  }

  @Test
  void startsPrintsTheUrlWithTheTokenServesThePageAndStopsOnASignal() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    servesAndStops(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName()), dir);
  }

  /**
   * Writes a report into {@code dir}, runs {@code launcher review dir} as a process, and checks
   * that it prints the URL with its token, serves the page, refuses a request without the token,
   * and stops on SIGTERM (as on Ctrl-C's SIGINT: the shutdown hook stops the server).
   */
  static void servesAndStops(List<String> launcher, Path dir) throws Exception {
    HtmlReport.write(report(), dir);
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of("review", dir.toString()));
    Process review = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(review.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).isNotNull();
      Matcher url = URL.matcher(first);
      assertWithMessage(first).that(url.matches()).isTrue();
      assertThat(url.group(2).length()).isAtLeast(20);
      assertThat(out.readLine()).isEqualTo("Grades are appended to " + dir.resolve("grades.csv")
          + " as you give them. Ctrl-C stops.");

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("q-where");
      assertThat(page.body()).contains("When compiling.");

      URI withoutToken = URI.create(url.group(1).substring(0, url.group(1).indexOf('?')));
      HttpResponse<String> refused = http.send(HttpRequest.newBuilder(withoutToken).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(403);
    } finally {
      review.destroy();
    }
    assertThat(review.waitFor(20, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aDirectoryWithoutReportDataIsOneClearMessage() {
    CommandRun run = CommandRun.of("review", dir.toString());
    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("qacatalog review: " + dir.resolve("report-data.json")
        + ": no report data here; run an evaluation that writes report.html into " + dir
        + " first\n");
  }
}
