package io.github.qacatalog.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.EvaluationHttpClient;
import io.github.qacatalog.eval.result.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints how close an evaluation comes to a provider's rate limit, and what it costs in requests: an
 * OpenAI-compatible server on loopback admits R requests a second (a token bucket holding one
 * second of tokens) and answers every other request with 429 and {@code Retry-After}, the whole
 * seconds until its next token. The model under test is LangChain4j's {@code OpenAiChatModel}
 * built as qacatalog builds it ({@code maxRetries(0)}, {@code EvaluationHttpClient}), asked every
 * question at the default concurrency, with no scorer (only the calls are measured).
 *
 * <p>Printed: answers per second beside R, failed answers, and requests sent beside answers. Targets:
 * at least 90 % of R, no failed answer, fewer than 5 % more requests than answers.
 *
 * <p>Two cases: adaptive concurrency alone (the provider's 429s and {@code Retry-After} steer the
 * run), and the same with {@code requestsPerMinute(60 R)} set. Answers per second are given end to
 * end (the client's start-up included) and between the first and the last answer the server sent
 * (the sustained rate that R limits).
 *
 * <p>Arguments, all optional: questions (default 1,000), R (default 30, below what the client
 * reaches unlimited on a loaded 2-core machine, so that the limit binds), the server's latency in
 * milliseconds (default 20).
 */
public final class RateLimitedProvider {
  private RateLimitedProvider() {}

  /** R tokens a second, at most R held. */
  private static final class TokenBucket {
    private final double rate;
    private double tokens;
    private long last = System.nanoTime();

    TokenBucket(double rate) {
      this.rate = rate;
      this.tokens = rate;
    }

    /** Takes a token; when there is none, the nanoseconds until the next one, as a negative number. */
    synchronized long take() {
      long now = System.nanoTime();
      tokens = Math.min(rate, tokens + (now - last) * rate / 1e9);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return -(long) Math.ceil((1 - tokens) / rate * 1e9);
    }
  }

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    long latency = args.length > 2 ? Long.parseLong(args[2]) : 20;
    System.out.printf(Locale.ROOT, "Rate-limited provider: Java %s, %d cores, %,d questions, R = %d requests/s,"
        + " server latency %d ms, concurrency %d%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), size, rate, latency, Evaluation.DEFAULT_CONCURRENCY);
    run("adaptive concurrency only", size, rate, latency, 0);
    run("with requestsPerMinute(60 R)", size, rate, latency, 60 * rate);
  }

  private static void run(String name, int size, int rate, long latency, int requestsPerMinute)
      throws IOException {
    TokenBucket bucket = new TokenBucket(rate);
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger limited = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong firstAnswer = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong lastAnswer = new java.util.concurrent.atomic.AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/v1/chat/completions", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      long wait = bucket.take();
      if (wait < 0) {
        limited.incrementAndGet();
        long seconds = Math.max(1, (long) Math.ceil(-wait / 1e9));
        exchange.getResponseHeaders().add("Retry-After", Long.toString(seconds));
        reply(exchange, 429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}");
        return;
      }
      sleep(latency);
      long now = System.nanoTime();
      firstAnswer.compareAndSet(0, now);
      lastAnswer.set(now);
      reply(exchange, 200, "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":0,\"model\":\"m\","
          + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"An answer.\"},"
          + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2,"
          + "\"total_tokens\":11}}");
    });
    server.start();
    try {
      OpenAiChatModel model = OpenAiChatModel.builder()
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
          .apiKey("bench-key").modelName("rate-limited").maxRetries(0)
          .httpClientBuilder(EvaluationHttpClient.builder()).timeout(Duration.ofSeconds(30)).build();
      EvalRunnerCost.SyntheticItems synthetic = EvalRunnerCost.SyntheticItems.of(size);
      List<QaItem> items = synthetic.items();
      PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
      long start = System.nanoTime();
      Evaluation.Builder evaluation = Evaluation.builder()
          .model(AnswerModel.of(model))
          .items(items)
          .context("The context of a benchmark.")
          .expect(synthetic.refusals(), Expectation.REFUSAL)
          .scorers(Expectation.ANSWER)
          .scorers(Expectation.REFUSAL)
          .clearThresholds(Expectation.ANSWER)
          .clearThresholds(Expectation.REFUSAL)
          .progress(false)
          .out(nowhere)
          .err(nowhere);
      if (requestsPerMinute > 0) {
        evaluation.requestsPerMinute(requestsPerMinute);
      }
      RunResult result = evaluation.build().run();
      double seconds = (System.nanoTime() - start) / 1e9;
      int answers = result.answersFromModel();
      double perSecond = answers / seconds;
      // The bucket starts full: the first R answers are a burst, not the sustained rate.
      double sustained = (answers - rate) / ((lastAnswer.get() - firstAnswer.get()) / 1e9);
      System.out.println(name);
      System.out.printf(Locale.ROOT, "answers per second   %8.1f   end to end (R %d: %.1f %%)%n",
          perSecond, rate, 100 * perSecond / rate);
      System.out.printf(Locale.ROOT, "                     %8.1f   sustained, after the first R (%.1f %% of R; target >= 90 %%)%n",
          sustained, 100 * sustained / rate);
      System.out.printf(Locale.ROOT, "failed answers       %8d   (target 0)%n", result.errors());
      System.out.printf(Locale.ROOT, "requests sent        %8d   beside %d answers: %+.1f %% (429s: %d; target < 5 %%)%n",
          requests.get(), answers, 100.0 * (requests.get() - answers) / answers, limited.get());
      System.out.printf(Locale.ROOT, "calls reported       %8d   (%s)%n", result.calls(),
          result.calls() == requests.get() ? "equal to requests sent" : "DIFFERS from requests sent");
      System.out.printf(Locale.ROOT, "elapsed              %8.1f s%n", seconds);
    } finally {
      server.stop(0);
    }
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
