package io.github.qacatalog.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.qacatalog.eval.model.EvaluationHttpClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An OpenAI-compatible server on loopback whose answers a test decides, recording every request. */
final class FakeProvider implements AutoCloseable {
  static final String KEY = "sk-test-9Zq4Lm2Xc7Vb1Nz6Tk3W";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the server answers. */
  record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
    static Reply answer(String text) {
      return answer(text, 0);
    }

    static Reply answer(String text, long delayMillis) {
      String body;
      try {
        body = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764547200,"
            + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"message\":"
            + "{\"role\":\"assistant\",\"content\":" + JSON.writeValueAsString(text) + "},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":57,\"completion_tokens\":6,"
            + "\"total_tokens\":63}}";
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return new Reply(200, Map.of(), body, delayMillis);
    }

    static Reply error(int status, Map<String, String> headers, String message) {
      return new Reply(status, headers, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"error\"}}", 0);
    }
  }

  /** Decides the reply to the {@code n}-th request (from 1) asking {@code question}. */
  interface Script {
    Reply reply(int n, String question);
  }

  /** One request as it arrived. */
  record Arrival(long nanos, String question, int inFlight, int status) {}

  final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  final List<Long> answersSent = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final HttpServer server;
  private final Script script;

  FakeProvider(Script script) throws IOException {
    this.script = script;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/v1/chat/completions", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    int now = inFlight.incrementAndGet();
    try {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      JsonNode messages = request.get("messages");
      String question = messages.get(messages.size() - 1).get("content").asText();
      Reply reply = script.reply(count.incrementAndGet(), question);
      arrivals.add(new Arrival(System.nanoTime(), question, now, reply.status()));
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      if (reply.status() == 200) {
        answersSent.add(System.nanoTime());
      }
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
      exchange.close();
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** The client as qacatalog builds it: LangChain4j's retries off, our HTTP client. */
  OpenAiChatModel model() {
    return model(0);
  }

  OpenAiChatModel model(int maxRetries) {
    return OpenAiChatModel.builder()
        .baseUrl(baseUrl())
        .apiKey(KEY)
        .modelName("gpt-4o-mini")
        .maxRetries(maxRetries)
        .httpClientBuilder(EvaluationHttpClient.builder())
        .timeout(Duration.ofSeconds(20))
        .build();
  }

  long requestsFor(String question) {
    return arrivals.stream().filter(a -> a.question().equals(question)).count();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
