package io.github.qacatalog.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A provider on 127.0.0.1 that answers as OpenAI's chat completions or Google AI's
 * generateContent or Anthropic's messages do, each response chosen by the question (the last user message): the server the
 * command line's openai: and gemini: models talk to in tests. It keeps every request.
 */
final class FakeProvider implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A request as the server got it. */
  record Request(String path, Map<String, List<String>> headers, JsonNode body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /** What the server sends back: a status and, for 200, the response text. */
  record Reply(int status, String text) {
    static Reply ok(String text) {
      return new Reply(200, text);
    }
  }

  enum Shape { OPENAI, GEMINI, ANTHROPIC }

  private final HttpServer server;
  private final Shape shape;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private FakeProvider(Shape shape, Function<String, Reply> answers) throws IOException {
    this.shape = shape;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        requests.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
        Reply reply = answers.apply(question(body));
        byte[] bytes = (reply.status() == 200 ? success(reply.text(), body) : reply.text())
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
      }
    });
    server.start();
  }

  static FakeProvider openAi(Function<String, Reply> answers) throws IOException {
    return new FakeProvider(Shape.OPENAI, answers);
  }

  static FakeProvider gemini(Function<String, Reply> answers) throws IOException {
    return new FakeProvider(Shape.GEMINI, answers);
  }

  static FakeProvider anthropic(Function<String, Reply> answers) throws IOException {
    return new FakeProvider(Shape.ANTHROPIC, answers);
  }

  /** The server's root, with no path. */
  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The base URL to give the provider: OpenAI's ends in /v1, Google AI's in /v1beta. */
  String baseUrl() {
    return root() + (shape == Shape.GEMINI ? "/v1beta" : "/v1");
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private String question(JsonNode body) {
    if (shape == Shape.ANTHROPIC) {
      JsonNode messages = body.path("messages");
      JsonNode content = messages.get(messages.size() - 1).path("content");
      return content.isTextual() ? content.asText() : content.get(0).path("text").asText();
    }
    if (shape == Shape.OPENAI) {
      String last = null;
      for (JsonNode m : body.path("messages")) {
        if (m.path("role").asText().equals("user")) {
          last = m.path("content").asText();
        }
      }
      return last;
    }
    JsonNode contents = body.path("contents");
    return contents.get(contents.size() - 1).path("parts").get(0).path("text").asText();
  }

  /** The system prompt of a request, as the provider got it. */
  String systemPrompt(Request request) {
    if (shape == Shape.ANTHROPIC) {
      JsonNode system = request.body().path("system");
      return system.isTextual() ? system.asText() : system.get(0).path("text").asText();
    }
    if (shape == Shape.OPENAI) {
      for (JsonNode m : request.body().path("messages")) {
        if (m.path("role").asText().equals("system")) {
          return m.path("content").asText();
        }
      }
      return null;
    }
    return request.body().path("systemInstruction").path("parts").get(0).path("text").asText();
  }

  private String success(String text, JsonNode request) {
    ObjectNode root = JSON.createObjectNode();
    if (shape == Shape.ANTHROPIC) {
      root.put("id", "msg_1").put("type", "message").put("role", "assistant")
          .put("model", request.path("model").asText()).put("stop_reason", "end_turn");
      root.putArray("content").addObject().put("type", "text").put("text", text);
      root.putObject("usage").put("input_tokens", 11).put("output_tokens", 7);
    } else if (shape == Shape.OPENAI) {
      root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1)
          .put("model", request.path("model").asText());
      ObjectNode choice = root.putArray("choices").addObject();
      choice.put("index", 0).put("finish_reason", "stop");
      choice.putObject("message").put("role", "assistant").put("content", text);
      root.putObject("usage").put("prompt_tokens", 11).put("completion_tokens", 7).put("total_tokens", 18);
    } else {
      ObjectNode candidate = root.putArray("candidates").addObject();
      candidate.put("finishReason", "STOP").put("index", 0);
      ObjectNode content = candidate.putObject("content");
      content.put("role", "model");
      content.putArray("parts").addObject().put("text", text);
      root.putObject("usageMetadata").put("promptTokenCount", 11).put("candidatesTokenCount", 7)
          .put("totalTokenCount", 18);
      root.put("modelVersion", "gemini-test");
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
