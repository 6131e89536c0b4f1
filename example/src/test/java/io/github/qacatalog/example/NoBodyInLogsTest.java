package io.github.qacatalog.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an SLF4J binding present (the example's slf4j-simple, which logs to stderr), no line that
 * LangChain4j logs for the models the example builds carries a response body: a server that echoes
 * the key in its error body, as providers do, leaves no trace of it on stderr. Before the models
 * were built with {@code maxRetries(0)}, LangChain4j's retry warning printed the body, key and all.
 */
class NoBodyInLogsTest {
  private static final String KEY = "sk-live-0123456789abcdefABCDEF";

  @Test
  void aFailingProviderLeavesNoBodyOnStderr(@TempDir Path directory) throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      byte[] body = ("{\"error\":{\"message\":\"upstream failed; you sent Bearer " + KEY
          + " with body-marker-7731\"}}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(500, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    PrintStream realErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      Map<String, String> env = Map.of("OPENAI_API_KEY", KEY,
          "OPENAI_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
      PortfolioEvaluation.run(new PrintStream(out, true, StandardCharsets.UTF_8), env, null, directory);
    } finally {
      System.setErr(realErr);
      server.stop(0);
    }
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertFalse(stderr.contains(KEY), stderr);
    assertFalse(stderr.contains("body-marker-7731"), stderr);
    assertFalse(stderr.contains("SLF4J"), stderr);
    // 12 questions and 8 paraphrases, 3 attempts each, one request per attempt.
    assertEquals(60, requests.get());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("20 failed, of 20 questions; 60 calls"), out.toString());
  }
}
