package io.github.qacatalog.eval.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.qacatalog.eval.report.html.QuestionRow;
import io.github.qacatalog.eval.report.html.ReportData;
import io.github.qacatalog.eval.report.html.ReportDataFile;
import io.github.qacatalog.eval.report.html.ResponseView;
import io.github.qacatalog.eval.report.html.internal.Page;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The review page: a run's report served on 127.0.0.1, on a free port, with a control per rubric
 * criterion on each response and a note field. Every grade is appended to {@code grades.csv} in
 * the output directory as it is given; reopening the page shows the saved grades.
 *
 * <p>Only requests that carry the random token of the printed URL, name this server as their host
 * and come from its own origin are answered: another site open in the same browser can neither
 * read the responses nor post grades.
 *
 * <pre>{@code
 * ReviewServer.review(Path.of("target/qa-eval")); // prints the URL, serves until Ctrl-C
 * }</pre>
 */
public final class ReviewServer implements AutoCloseable {
  private static final int MAX_BODY = 64 * 1024;
  private static final int MAX_NOTE = 4000;
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final ReportData data;
  private final Rubric rubric;
  private final GradesFile grades;
  private final Map<ResponseKey, String> asked = new HashMap<>();
  private final String token;
  private final HttpServer server;
  private final ExecutorService executor;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final String origin;

  private ReviewServer(ReportData data, GradesFile grades) throws IOException {
    this.data = data;
    this.rubric = data.rubric().toRubric();
    this.grades = grades;
    for (QuestionRow q : data.questions()) {
      for (ResponseView r : q.responses()) {
        asked.put(new ResponseKey(q.id(), r.model(), r.variant(), r.sample()),
            r.asked().isEmpty() ? q.text() : r.asked());
      }
    }
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
    // One thread: grades are appended in the order they arrive, and nothing else runs here.
    this.executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "qacatalog-review");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Starts serving the report of {@code outputDir} (its {@code report-data.json}), appending
   * grades to its {@code grades.csv}.
   *
   * @throws IOException when the report's data or the grades file cannot be read (the message
   *     names the file and the place), or no port can be opened
   */
  public static ReviewServer start(Path outputDir) throws IOException {
    Path file = outputDir.resolve(ReportDataFile.NAME);
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no report data here; run an evaluation that writes"
          + " report.html into " + outputDir + " first");
    }
    ReportData data = ReportDataFile.read(file);
    if (data.rubric().criteria().isEmpty()) {
      throw new IOException(file + ": the report has no rubric, so there is nothing to grade by");
    }
    Rubric rubric;
    try {
      rubric = data.rubric().toRubric();
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": the report's rubric is not valid: " + e.getMessage(), e);
    }
    GradesFile grades = GradesFile.open(outputDir.resolve(GradesFile.NAME), rubric);
    ReviewServer review = new ReviewServer(data, grades);
    review.server.start();
    return review;
  }

  /**
   * Serves the review page of {@code outputDir} until Ctrl-C: prints its URL (with the token) and
   * where grades go, then waits. The entry point of {@code qacatalog review OUTPUT_DIR}.
   */
  public static void review(Path outputDir) throws IOException, InterruptedException {
    review(outputDir, System.out);
  }

  static void review(Path outputDir, PrintStream out) throws IOException, InterruptedException {
    ReviewServer review = start(outputDir);
    Runtime.getRuntime().addShutdownHook(new Thread(review::close, "qacatalog-review-stop"));
    out.println("Review page: " + review.url());
    out.println("Grades are appended to " + review.gradesFile() + " as you give them. Ctrl-C stops.");
    out.flush();
    review.stopped.await();
  }

  /** {@code java ... ReviewServer OUTPUT_DIR}. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: ReviewServer OUTPUT_DIR (the directory holding report-data.json)");
      System.exit(2);
    }
    try {
      review(Path.of(args[0]));
    } catch (IOException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** The page's address, with its token. */
  public URI url() {
    return URI.create(origin + "/?token=" + token);
  }

  /** The port served on 127.0.0.1. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Where grades are appended. */
  public Path gradesFile() {
    return grades.path();
  }

  /** Stops serving and closes the grades file; grades given so far are all on disk. */
  @Override
  public void close() {
    if (stopped.getCount() == 0) {
      return;
    }
    server.stop(0);
    executor.shutdown();
    try {
      grades.close();
    } catch (IOException e) {
      System.err.println("closing " + grades.path() + ": " + e.getMessage());
    }
    stopped.countDown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String refusal = refusal(exchange);
      if (refusal != null) {
        send(exchange, 403, "text/plain", refusal);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (path.equals("/") && method.equals("GET")) {
        send(exchange, 200, "text/html", Page.render(data, reviewConfig()));
      } else if (path.equals("/grade") && method.equals("POST")) {
        grade(exchange);
      } else if (path.equals("/") || path.equals("/grade")) {
        send(exchange, 405, "text/plain", "method not allowed");
      } else {
        send(exchange, 404, "text/plain", "not found");
      }
    } catch (RuntimeException e) {
      // A bug here must not stop the server from serving the grades already given.
      System.err.println("review page: " + e);
    }
  }

  /** Why a request is refused, or null when it carries the token and comes from this page. */
  private String refusal(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (!("127.0.0.1:" + port()).equals(host)) {
      return "refused: this server answers only to 127.0.0.1:" + port();
    }
    String from = exchange.getRequestHeaders().getFirst("Origin");
    if (from != null && !from.equals(origin)) {
      return "refused: another origin";
    }
    String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return "refused: a request from another site";
    }
    String given = query(exchange.getRequestURI().getRawQuery()).get("token");
    if (given == null || !MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      return "refused: the token is missing or wrong; open the URL the review command printed";
    }
    return null;
  }

  private void grade(HttpExchange exchange) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      sendJson(exchange, 415, Map.of("error", "a grade is sent as application/json"));
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      sendJson(exchange, 413, Map.of("error", "a grade is at most " + MAX_BODY + " bytes"));
      return;
    }
    GradeRequest request;
    try {
      request = JSON.readValue(body, GradeRequest.class);
    } catch (IOException e) {
      sendJson(exchange, 400, Map.of("error", "not a grade: " + e.getMessage().lines().findFirst().orElse("")));
      return;
    }
    List<String> problems = new ArrayList<>();
    ResponseKey key = new ResponseKey(request.id(), request.model(), request.variant(),
        request.sample() == null ? 1 : request.sample());
    if (!asked.containsKey(key)) {
      problems.add("no such response in the report: " + key);
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (request.labels() != null) {
      request.labels().forEach((criterion, label) -> {
        var c = rubric.criterion(criterion);
        if (c.isEmpty()) {
          problems.add("the rubric has no criterion " + criterion);
        } else if (label != null && !label.isBlank()) {
          c.get().label(label).ifPresentOrElse(l -> labels.put(criterion, l), () -> problems.add(
              criterion + " has no label " + label + "; its labels: " + labelsOf(c.get())));
        }
      });
    }
    String note = request.note() == null ? "" : request.note();
    if (note.length() > MAX_NOTE) {
      problems.add("a note is at most " + MAX_NOTE + " characters");
    }
    if (!problems.isEmpty()) {
      sendJson(exchange, 400, Map.of("error", String.join("; ", problems)));
      return;
    }
    String gradedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    grades.append(new Grade(key, asked.get(key), labels, note, gradedAt));
    sendJson(exchange, 200, Map.of("gradedAt", gradedAt));
  }

  private static String labelsOf(Criterion c) {
    return String.join(", ", c.labels());
  }

  private String reviewConfig() throws IOException {
    List<Map<String, Object>> saved = new ArrayList<>();
    for (Grade g : grades.latest()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", g.key().id());
      row.put("model", g.key().model());
      row.put("variant", g.key().variant());
      row.put("sample", g.key().sample());
      row.put("labels", g.labels());
      row.put("note", g.note());
      row.put("gradedAt", g.gradedAt());
      saved.add(row);
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("token", token);
    config.put("grades", saved);
    return JSON.writeValueAsString(config);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (seen.add(name)) {
        out.put(name, value);
      }
    }
    return out;
  }

  private void sendJson(HttpExchange exchange, int status, Map<String, String> body)
      throws IOException {
    send(exchange, status, "application/json", JSON.writeValueAsString(body));
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type + "; charset=utf-8");
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Content-Security-Policy", Page.contentSecurityPolicy(true) + "; frame-ancestors 'none'");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
