package io.github.qacatalog.eval.review;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qacatalog.eval.report.html.HtmlReport;
import io.github.qacatalog.eval.report.html.ReportData;
import io.github.qacatalog.eval.report.html.SampleRuns;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review server over plain HTTP. */
class ReviewServerTest {
  @TempDir Path dir;
  ReportData data;
  ReviewServer server;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    data = SampleRuns.deepDive(Rubric.DEFAULT, false);
    HtmlReport.write(data, dir);
    server = ReviewServer.start(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String json, String origin) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String gradeUrl() {
    return base() + "/grade?" + server.url().getRawQuery();
  }

  private String grade(String id, String model, String labels, String note) {
    return "{\"id\":\"" + id + "\",\"model\":\"" + model + "\",\"variant\":\"\",\"sample\":1,"
        + "\"labels\":" + labels + ",\"note\":\"" + note + "\"}";
  }

  private List<String> csvLines() throws IOException {
    return Files.readAllLines(dir.resolve("grades.csv"));
  }

  @Test
  void servesOnLoopbackOnlyAtTheUrlItPrints() throws Exception {
    assertThat(server.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{32}");
    HttpResponse<String> page = get(server.url().toString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"review-config\"");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void aRequestWithoutTheRightTokenIsRefused() throws Exception {
    HttpResponse<String> none = get(base() + "/");
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(none.body()).contains("token");
    assertThat(none.body()).doesNotContain(data.questions().get(0).text());
    assertThat(get(base() + "/?token=guess").statusCode()).isEqualTo(403);
    HttpResponse<String> posted = post(base() + "/grade",
        grade("compile-time", "model-a", "{\"accuracy\":\"accurate\"}", ""), null);
    assertThat(posted.statusCode()).isEqualTo(403);
    assertThat(csvLines()).hasSize(1); // the header only
  }

  @Test
  void anotherOriginOrHostIsRefused() throws Exception {
    HttpResponse<String> evil = post(gradeUrl(),
        grade("compile-time", "model-a", "{\"accuracy\":\"accurate\"}", ""), "http://evil.example");
    assertThat(evil.statusCode()).isEqualTo(403);
    assertThat(csvLines()).hasSize(1);
    // A page of another site that resolves its own name to 127.0.0.1 (DNS rebinding).
    assertThat(rawStatus("evil.example:" + server.port())).isEqualTo(403);
    assertThat(rawStatus("127.0.0.1:" + server.port())).isEqualTo(200);
  }

  private int rawStatus(String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /?" + server.url().getRawQuery() + " HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  void everyGradeIsAppendedAtOnceAndTheLastOneWinsOnReopening() throws Exception {
    String url = gradeUrl();
    String origin = base();
    assertThat(post(url, grade("compile-time", "model-a", "{\"accuracy\":\"Partly\"}", ""), origin)
        .statusCode()).isEqualTo(200);
    HttpResponse<String> second = post(url, grade("compile-time", "model-a",
        "{\"completeness\":\"full\",\"accuracy\":\"accurate\",\"hallucinations\":\"none\",\"format\":\"ok\"}",
        "fine, \\\"quoted\\\", two\\nlines"), origin);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(second.body()).get("gradedAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(post(url, grade("runtime-dependencies", "model-b", "{\"format\":\"poor\"}", ""), origin)
        .statusCode()).isEqualTo(200);

    String csv = Files.readString(dir.resolve("grades.csv"));
    assertThat(csv).startsWith("id,model,variant,sample,question,completeness,accuracy,"
        + "hallucinations,format,note,graded_at\n");
    assertThat(csv).contains("\ncompile-time,model-a,,1,Why does qacatalog read the question file"
        + " at compile time instead of at run time?,,partly,,,,");
    assertThat(csv).contains(",full,accurate,none,ok,\"fine, \"\"quoted\"\", two\nlines\",");

    server.close();
    server = ReviewServer.start(dir);
    JsonNode saved = config(get(server.url().toString()).body()).get("grades");
    assertThat(saved.size()).isEqualTo(2);
    JsonNode first = saved.get(0);
    assertThat(first.get("id").asText()).isEqualTo("compile-time");
    assertThat(first.get("labels").get("accuracy").asText()).isEqualTo("accurate");
    assertThat(first.get("note").asText()).isEqualTo("fine, \"quoted\", two\nlines");
  }

  private static JsonNode config(String page) throws IOException {
    Matcher m = Pattern.compile("id=\"review-config\">(.*?)</script>", Pattern.DOTALL).matcher(page);
    assertThat(m.find()).isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void aLabelTheRubricDoesNotHaveOrAResponseTheReportDoesNotHaveIsRefusedWithTheLabels()
      throws Exception {
    HttpResponse<String> bad = post(gradeUrl(),
        grade("compile-time", "model-a", "{\"accuracy\":\"great\"}", ""), base());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("accuracy has no label great; its labels: accurate, partly, inaccurate");
    HttpResponse<String> unknown = post(gradeUrl(),
        grade("no-such-question", "model-a", "{\"accuracy\":\"accurate\"}", ""), base());
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("no such response");
    HttpResponse<String> notJson = http.send(HttpRequest.newBuilder(URI.create(gradeUrl()))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(notJson.statusCode()).isEqualTo(415);
    assertThat(csvLines()).hasSize(1);
  }

  @Test
  void aGradesFileOfAnotherRubricOrWithAnUnknownLabelIsNamedWithItsPlace() throws Exception {
    server.close();
    Path csv = dir.resolve("grades.csv");
    Files.writeString(csv, "id,model,variant,sample,question,correct,note,graded_at\n");
    IOException header = assertThrows(IOException.class, () -> ReviewServer.start(dir));
    assertThat(header).hasMessageThat().startsWith(csv + ":1:1: the grades file's columns are id,");
    Files.writeString(csv, "id,model,variant,sample,question,completeness,accuracy,hallucinations,"
        + "format,note,graded_at\ncompile-time,model-a,,1,q,full,great,,,,2026-12-02T14:00:00Z\n");
    IOException label = assertThrows(IOException.class, () -> ReviewServer.start(dir));
    assertThat(label).hasMessageThat().isEqualTo(csv
        + ":2:7: accuracy has no label great; its labels: accurate, partly, inaccurate");
    Files.delete(csv);
    server = ReviewServer.start(dir); // for @AfterEach
  }

  @Test
  void anOutputDirectoryWithoutReportDataOrWithABrokenRubricIsNamed() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    IOException none = assertThrows(IOException.class, () -> ReviewServer.start(empty));
    assertThat(none).hasMessageThat().startsWith(empty.resolve("report-data.json") + ": no report data here");
    Path broken = Files.createDirectory(dir.resolve("broken"));
    Files.writeString(broken.resolve("report-data.json"), Files.readString(dir.resolve("report-data.json"))
        .replace("\"name\":\"accuracy\"", "\"name\":\"Accuracy!\""));
    IOException rubric = assertThrows(IOException.class, () -> ReviewServer.start(broken));
    assertThat(rubric).hasMessageThat().startsWith(broken.resolve("report-data.json")
        + ": the report's rubric is not valid: a criterion name is lower case");
  }

  @Test
  void theEntryPointPrintsTheUrlAndStopsOnASignalWithItsGradesOnDisk() throws Exception {
    server.close();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        ReviewServer.class.getName(), dir.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).startsWith("Review page: http://127.0.0.1:");
      String url = line.substring("Review page: ".length());
      URI uri = URI.create(url);
      assertThat(post("http://127.0.0.1:" + uri.getPort() + "/grade?" + uri.getRawQuery(),
          grade("compile-time", "model-c", "{\"format\":\"ok\"}", ""), null).statusCode())
          .isEqualTo(200);
      // Ctrl-C: SIGINT to the process; its shutdown hook stops the server.
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
      assertThat(kill.waitFor()).isEqualTo(0);
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThrows(IOException.class, () -> get(url));
      assertThat(csvLines().get(1)).startsWith("compile-time,model-c,,1,");
    } finally {
      process.destroyForcibly();
    }
    server = ReviewServer.start(dir);
  }
}
