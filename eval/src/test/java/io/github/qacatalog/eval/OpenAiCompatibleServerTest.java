package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real LangChain4j provider client against an OpenAI-compatible server on loopback. */
class OpenAiCompatibleServerTest {
  private static final String KEY = "sk-test-4f9Qa8Lm2Xc7Vb1Nz6Tk";
  @TempDir Path dir;
  private HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile boolean rejectKey;

  record Request(String path, String authorization, List<String[]> messages) {}

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
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    List<String[]> messages = messages(body);
    requests.add(new Request(exchange.getRequestURI().getPath(), authorization, messages));
    String question = messages.get(messages.size() - 1)[1];
    String json;
    int status;
    if (rejectKey) {
      status = 401;
      json = "{\"error\":{\"message\":\"Incorrect API key provided: " + authorization.substring(7)
          + ". You can find your API key at https://platform.openai.com/account/api-keys.\","
          + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}";
    } else {
      status = 200;
      String answer = new Fakes.OracleModel().answerTo(question);
      json = """
          {"id":"chatcmpl-1","object":"chat.completion","created":1764547200,
           "model":"gpt-4o-mini-2024-07-18",
           "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
           "usage":{"prompt_tokens":57,"completion_tokens":6,"total_tokens":63}}
          """.formatted(answer);
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The request's messages as (role, content) pairs. */
  private static List<String[]> messages(String body) throws IOException {
    List<String[]> messages = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(body)) {
      String role = null;
      while (json.nextToken() != null) {
        if (json.currentToken() == JsonToken.FIELD_NAME && "role".equals(json.currentName())) {
          role = json.nextTextValue();
        } else if (json.currentToken() == JsonToken.FIELD_NAME && "content".equals(json.currentName())) {
          messages.add(new String[] {role, json.nextTextValue()});
        }
      }
    }
    return messages;
  }

  private ChatModel openAi() {
    return OpenAiChatModel.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
        .apiKey(KEY)
        .modelName("gpt-4o-mini")
        .maxRetries(0)
        .timeout(Duration.ofSeconds(20))
        .build();
  }

  @Test
  void asksThroughTheProviderClientAndLogsTheReportedTokens() throws Exception {
    Path log = dir.resolve("log.jsonl");
    Fakes.Output output = new Fakes.Output();
    RunResult result = Fakes.evaluation(AnswerModel.of(openAi()), log, output)
        .items(QaCatalog.ProductFacts.COLOUR, QaCatalog.OutOfScopeQa.Q1)
        .build()
        .run();

    assertThat(result.model()).isEqualTo("gpt-4o-mini");
    assertThat(requests).hasSize(2);
    for (Request request : requests) {
      assertThat(request.path()).isEqualTo("/v1/chat/completions");
      assertThat(request.authorization()).isEqualTo("Bearer " + KEY);
      assertThat(request.messages()).hasSize(2);
      assertThat(request.messages().get(0)[0]).isEqualTo("system");
      assertThat(request.messages().get(0)[1]).contains("using only the context below");
      assertThat(request.messages().get(0)[1]).contains(Fakes.CONTEXT);
      assertThat(request.messages().get(1)[0]).isEqualTo("user");
    }
    assertThat(requests.stream().map(r -> r.messages().get(1)[1]).toList()).containsExactly(
        "What colour is the Acme widget?", "Who is the current CEO of Microsoft?");
    assertThat(result.get(QaCatalog.ProductFacts.COLOUR).passed()).isTrue();
    assertThat(result.get(QaCatalog.OutOfScopeQa.Q1).passed()).isTrue();

    RunRecord colour = RunLog.read(log).stream().filter(r -> r.id().equals("colour")).findFirst().orElseThrow();
    assertThat(colour.model()).isEqualTo("gpt-4o-mini");
    assertThat(colour.responseModel()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(colour.inputTokens()).isEqualTo(57);
    assertThat(colour.outputTokens()).isEqualTo(6);
    assertThat(colour.response()).isEqualTo("The Acme widget is blue.");
    assertThat(output.lastLine()).isEqualTo("answers: 2 from the model, 0 from the log, 0 failed, of 2 questions; 2 calls to the model");
  }

  @Test
  void aRejectedKeyIsAFailedResultWithTheKeyMaskedEverywhere() throws Exception {
    rejectKey = true;
    Path log = dir.resolve("log.jsonl");
    Path csv = dir.resolve("results.csv");
    Fakes.Output output = new Fakes.Output();
    RunResult result = Fakes.evaluation(AnswerModel.of(openAi()), log, output)
        .items(QaCatalog.ProductFacts.COLOUR)
        .retry(RetryPolicy.attempts(3))
        .csv(csv)
        .build()
        .run();

    ItemResult colour = result.get(QaCatalog.ProductFacts.COLOUR);
    assertThat(colour.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(requests).hasSize(1); // a wrong key is not retried
    assertThat(colour.error().orElseThrow()).startsWith("AuthenticationException: ");
    assertThat(colour.error().orElseThrow()).contains("Incorrect API key provided: [REDACTED]");
    for (String text : new String[] {Files.readString(log), Files.readString(csv), output.out()}) {
      assertThat(text).doesNotContain(KEY);
      assertThat(text).doesNotContain("4f9Qa8");
    }
  }
}
