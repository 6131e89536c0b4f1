package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.FakeProvider.Reply;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.report.ConsoleTable;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls to a real LangChain4j client ({@code OpenAiChatModel}, built as qacatalog builds it:
 * {@code maxRetries(0)} and {@code EvaluationHttpClient}) against a server on loopback: retries,
 * {@code Retry-After}, adaptive concurrency and exact counts.
 */
class ProviderCallsTest {
  private static final RetryPolicy FAST = RetryPolicy.attempts(3)
      .withBackoff(Duration.ofMillis(10), 1, Duration.ofMillis(10)).withJitter(0);
  @TempDir Path dir;

  private static String answer(String question) {
    return new Fakes.OracleModel().answerTo(question);
  }

  private Evaluation.Builder evaluation(FakeProvider provider, Fakes.Output output) {
    return Fakes.evaluation(AnswerModel.of(provider.model()), dir.resolve("log.jsonl"), output)
        .retry(FAST);
  }

  @Test
  void requestsThatReachTheServerForAFailingQuestionEqualTheAttemptsReported() throws Exception {
    String failing = ProductFacts.WEIGHT.question();
    try (FakeProvider provider = new FakeProvider((n, q) -> q.equals(failing)
        ? Reply.error(500, Map.of(), "overloaded") : Reply.answer(answer(q)))) {
      RunResult result = evaluation(provider, new Fakes.Output())
          .items(ProductFacts.COLOUR, ProductFacts.WEIGHT).build().run();

      ItemResult weight = result.get(ProductFacts.WEIGHT);
      assertThat(provider.requestsFor(failing)).isEqualTo(3);
      assertThat(weight.attempts()).isEqualTo(3);
      assertThat(weight.error().orElseThrow()).endsWith("(3 attempts)");
      RunRecord logged = RunLog.read(dir.resolve("log.jsonl")).stream()
          .filter(r -> r.id().equals("weight")).findFirst().orElseThrow();
      assertThat(logged.attempts()).isEqualTo(3);
      assertThat(provider.arrivals).hasSize(result.calls());
    }
  }

  @Test
  void aModelThatRetriesByItselfIsWarnedAboutOnce() throws Exception {
    try (FakeProvider provider = new FakeProvider((n, q) -> Reply.error(500, Map.of(), "down"))) {
      Fakes.Output output = new Fakes.Output();
      Fakes.evaluation(AnswerModel.of(provider.model(2)), null, output).retry(FAST)
          .items(ProductFacts.COLOUR, ProductFacts.WEIGHT).concurrency(1).build().run();

      assertThat(provider.arrivals).hasSize(2 * 3 * 3); // LangChain4j's 3 inside each of our 3
      assertThat(output.err().lines().filter(l -> l.contains("retries by itself")).count()).isEqualTo(1);
      assertThat(output.err()).contains("build it with maxRetries(0)");
    }
  }

  @Test
  void a429WithRetryAfterInSecondsIsRetriedNoSoonerAndTheWaitIsNotTheTimeout() throws Exception {
    // The first request warms the client up, so that the 1 s timeout only bounds the calls timed.
    try (FakeProvider provider = new FakeProvider((n, q) -> n == 2
        ? Reply.error(429, Map.of("Retry-After", "2"), "slow down") : Reply.answer(answer(q)))) {
      provider.model().chat("warm up");
      RunResult result = evaluation(provider, new Fakes.Output())
          .items(ProductFacts.COLOUR).timeout(Duration.ofSeconds(1)).build().run();

      assertThat(result.get(ProductFacts.COLOUR).passed()).isTrue();
      assertThat(result.get(ProductFacts.COLOUR).attempts()).isEqualTo(2);
      long gap = provider.arrivals.get(2).nanos() - provider.arrivals.get(1).nanos();
      assertThat(gap).isAtLeast(Duration.ofSeconds(2).toNanos());
    }
  }

  @Test
  void aRetryAfterAsAnHttpDateIsHonouredToo() throws Exception {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3));
    try (FakeProvider provider = new FakeProvider((n, q) -> n == 1
        ? Reply.error(503, Map.of("Retry-After", date), "busy") : Reply.answer(answer(q)))) {
      evaluation(provider, new Fakes.Output()).items(ProductFacts.COLOUR).build().run();

      long gap = provider.arrivals.get(1).nanos() - provider.arrivals.get(0).nanos();
      // The date has whole seconds: at least two of the three remain.
      assertThat(gap).isAtLeast(Duration.ofSeconds(2).toNanos());
    }
  }

  @Test
  void concurrencyDropsOnA429AndClimbsBack() throws Exception {
    try (FakeProvider provider = new FakeProvider((n, q) -> n <= 4
        ? Reply.error(429, Map.of("Retry-After", "1"), "rate limit") : Reply.answer(answer(q), 150))) {
      List<QaItem> items = Fakes.items("Load", questions(24));
      RunResult result = Fakes.evaluation(AnswerModel.of(provider.model()), null, new Fakes.Output())
          .retry(FAST).items(items).concurrency(4).build().run();

      assertThat(result.errors()).isEqualTo(0);
      List<FakeProvider.Arrival> answered =
          provider.arrivals.stream().filter(a -> a.status() == 200).toList();
      long firstAnswerSent = provider.answersSent.stream().min(Long::compare).orElseThrow();
      // After the four 429s, the limit is halved: two calls go out, not four, until one succeeds.
      assertThat(answered.stream().filter(a -> a.nanos() < firstAnswerSent).count()).isEqualTo(2);
      // Each success climbs one step back, up to the configured four.
      assertThat(answered.stream().mapToInt(FakeProvider.Arrival::inFlight).max().orElseThrow())
          .isEqualTo(4);
      assertThat(provider.arrivals).hasSize(24 + 4);
    }
  }

  @Test
  void theClosingLineAddsUpOnARunWithFailuresCachedAnswersAndARerunAndCsvAgreesWithTheLog()
      throws Exception {
    String failing = ProductFacts.WEIGHT.question();
    try (FakeProvider provider = new FakeProvider((n, q) -> q.equals(failing)
        ? Reply.error(500, Map.of(), "overloaded") : Reply.answer(answer(q)))) {
      Path csv = dir.resolve("results.csv");
      Fakes.Output first = new Fakes.Output();
      evaluation(provider, first).items(QaCatalog.all()).csv(csv).build().run();
      assertThat(first.lastLine()).isEqualTo(
          "answers: 7 from the model, 0 from the log, 1 failed, of 8 questions; 10 calls to the model");
      assertThat(provider.arrivals).hasSize(10);
      assertAgrees(csv, dir.resolve("log.jsonl"));

      Fakes.Output second = new Fakes.Output();
      RunResult rerun = evaluation(provider, second).items(QaCatalog.all()).csv(csv).build().run();
      assertThat(second.lastLine()).isEqualTo(
          "answers: 0 from the model, 7 from the log, 1 failed, of 8 questions; 3 calls to the model");
      assertThat(provider.arrivals).hasSize(13);
      assertThat(rerun.answersFromModel() + rerun.answersFromLog() + rerun.errors())
          .isEqualTo(rerun.questionsAsked());
      assertThat(ConsoleTable.closingLine(rerun)).isEqualTo(second.lastLine());
    }
  }

  /** Every field that the CSV and the log's latest record of a question share has the same value. */
  private static void assertAgrees(Path csv, Path log) throws Exception {
    Map<String, RunRecord> latest = RunLog.read(log).stream()
        .collect(Collectors.toMap(RunRecord::id, Function.identity(), (a, b) -> b));
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        RunRecord r = latest.get(row.get("id"));
        assertThat(row.get("model")).isEqualTo(r.model());
        assertThat(row.get("variant")).isEqualTo(r.variant());
        assertThat(row.get("sample")).isEqualTo(Integer.toString(r.sample()));
        assertThat(row.get("category")).isEqualTo(r.category());
        assertThat(row.get("expectation")).isEqualTo(r.expectation());
        assertThat(row.get("response")).isEqualTo(r.response() == null ? "" : r.response());
        assertThat(row.get("error")).isEqualTo(r.error() == null ? "" : r.error());
        assertThat(row.get("outcome")).isEqualTo(r.outcome());
        assertThat(row.get("passed")).isEqualTo(r.passed() == null ? "" : r.passed().toString());
        assertThat(row.get("duration_ms")).isEqualTo(Long.toString(r.durationMs()));
        assertThat(row.get("attempts")).isEqualTo(Integer.toString(r.attempts()));
        assertThat(row.get("source")).isEqualTo(r.source());
        assertThat(row.get("input_tokens")).isEqualTo(r.inputTokens() == null ? "" : r.inputTokens().toString());
      }
    }
  }

  private static Map<String, String> questions(int n) {
    Map<String, String> questions = new java.util.LinkedHashMap<>();
    for (int i = 1; i <= n; i++) {
      questions.put("L" + i, "Load question " + i + "?");
    }
    return questions;
  }
}
