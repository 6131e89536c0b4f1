package io.github.qacatalog.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command with a provider in the environment: OPENAI_API_KEY and OPENAI_BASE_URL point the
 * real LangChain4j OpenAI client at an OpenAI-compatible server on loopback, which refuses the
 * questions the shipped context cannot answer and answers the others.
 */
class RunCommandWithProviderTest {
  private static final String KEY = "sk-example-test-key-0123456789abcdef";
  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", this::chatCompletions);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void chatCompletions(HttpExchange exchange) throws IOException {
    String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + request);
    boolean judging = request.matches("(?s).*\"model\"\\s*:\\s*\"gpt-4o-judge\".*");
    boolean outOfContext = request.matches("(?s).*(licence|founded|downloads|Kotlin).*");
    String content = judging
        ? "{\\\"completeness\\\": \\\"partial\\\", \\\"accuracy\\\": \\\"accurate\\\", \\\"hallucinations\\\": \\\"none\\\","
            + " \\\"format\\\": \\\"ok\\\", \\\"reason\\\": \\\"Right but short.\\\"}"
        : outOfContext
            ? "The information is not available in the context."
            : "It reads the question file when javac compiles the project.";
    String body = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":0,\"model\":\"gpt-4o-mini-2024-07-18\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"},"
        + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":812,\"completion_tokens\":11,\"total_tokens\":823}}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Test
  void evaluatesTheNamedModelAndWritesNoKey(@TempDir Path directory) throws IOException {
    Map<String, String> env = Map.of(
        "OPENAI_API_KEY", KEY,
        "OPENAI_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PortfolioEvaluation.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), env, null, directory);
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(out.contains("Model: OpenAI gpt-4o-mini at http://127.0.0.1:"), out);
    assertFalse(out.substring(0, out.indexOf("== Comparison:")).contains("BASELINE"), out);
    assertTrue(out.contains("Evaluation of openai:gpt-4o-mini\n"), out);
    assertTrue(out.lines().anyMatch(line -> line.matches("Beyond the Context +refusal +6 +6/6 .*")), out);
    assertTrue(out.contains("answers: 20 from the model, 0 from the log, 0 failed, of 20 questions; 20 calls to the model\n"), out);
    // 12 questions and 8 paraphrases
    assertEquals(20, requests.size());
    String deepDive = out.substring(0, out.indexOf("== Comparison:"));
    assertFalse(deepDive.contains("mean judge"), "no judge unless QACATALOG_JUDGE_MODEL names one");
    // The comparison is offline (the baseline and the recorded responses, the stand-in judge): no
    // request beyond the 20.
    assertTrue(out.contains("== Comparison: retrieval-baseline(all-MiniLM-L6-v2) beside"), out);
    assertTrue(requests.stream().allMatch(r -> r.startsWith("Bearer " + KEY + " ")), "the key went to the server");
    assertTrue(requests.stream().allMatch(r -> r.contains("Where answers stop")), "the shipped context is in the prompt");

    String log = Files.readString(directory.resolve("run-log.jsonl"));
    String csv = Files.readString(directory.resolve("deep-dive.csv"));
    assertTrue(log.contains("\"input_tokens\":812"), log);
    assertTrue(log.contains("\"response_model\":\"gpt-4o-mini-2024-07-18\""), log);
    for (String written : List.of(out, log, csv)) {
      assertFalse(written.contains(KEY));
      assertFalse(written.contains("0123456789abcdef"));
    }
  }

  @Test
  void aJudgeModelGradesEveryAnswerWithAGoldAnswer(@TempDir Path directory) throws IOException {
    Map<String, String> env = Map.of(
        "OPENAI_API_KEY", KEY,
        "OPENAI_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
        "QACATALOG_JUDGE_MODEL", "gpt-4o-judge");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PortfolioEvaluation.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), env, null, directory);
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(out.contains("judged by openai:gpt-4o-judge"), out);
    assertTrue(out.contains("mean judge"), out);
    // 12 questions and 8 paraphrases, and a verdict for each of the 14 wordings that expect an
    // answer; then, in the comparison (offline models: the baseline and two recorded ones), a
    // verdict for each of their 14 + 11 + 11 (each chat product answered 3 of the 6 paraphrases).
    assertEquals(20 + 14 + 36, requests.size());
    String csv = Files.readString(directory.resolve("deep-dive.csv"));
    assertTrue(csv.contains("Right but short."), csv);
    assertTrue(csv.contains(",partial,"), csv);
  }
}
