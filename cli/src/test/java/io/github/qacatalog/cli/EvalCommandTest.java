package io.github.qacatalog.cli;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.cli.FakeProvider.Reply;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import io.github.qacatalog.eval.scorer.refusal.RefusalDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qacatalog eval} against providers on 127.0.0.1 (OpenAI-compatible and Gemini-shaped),
 * and recorded responses: the table, the files, the exit codes, the messages for a missing key and
 * an unknown provider, and no key in anything written.
 */
class EvalCommandTest {
  static final String OPENAI_KEY = "test-openai-key-7Qx2";
  static final String GEMINI_KEY = "test-gemini-key-9Wv4";

  static final String QUESTIONS = """
      # Test questions

      ## Product Facts

      <!-- id: capital -->
      **Question:** What is the capital of France?

      **Answer:** Paris is the capital of France.

      ---

      <!-- id: sky -->
      **Question:** What color is the sky on a clear day?

      **Answer:** The sky is blue on a clear day.

      ## Out-of-Scope QA

      <!-- id: launch -->
      **Question:** When does the next product launch?

      **Answer:** The context does not say.
      """;

  static final String CONTEXT = "France's capital is Paris. On a clear day the sky is blue.";

  @TempDir
  Path dir;

  /** Right about the capital, wrong about the sky, refuses the launch date; echoes a key it was told. */
  static Reply answers(String question) {
    if (question.contains("capital")) {
      return Reply.ok("Paris is the capital of France.");
    }
    if (question.contains("sky")) {
      return Reply.ok("It is green, says the key " + OPENAI_KEY + " and " + GEMINI_KEY);
    }
    return Reply.ok("The information is not available in the context.");
  }

  private Path questions() {
    return QuestionFiles.write(dir, "QA.md", QUESTIONS);
  }

  private Path context() {
    return QuestionFiles.write(dir, "ctx.txt", CONTEXT);
  }

  private String path(Path p) {
    return p.toString();
  }

  @Test
  void openAiCompatibleServerGivesTheTableTheFilesAndExitOneWhenAThresholdIsMissed() throws Exception {
    Path out = dir.resolve("qa-eval");
    try (FakeProvider server = FakeProvider.openAi(EvalCommandTest::answers)) {
      Map<String, String> env = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
      CommandRun run = EvalRun.of(env, "eval", path(questions()), "--context", path(context()),
          "--model", "openai:gpt-test", "--expect", "Out-of-Scope QA=refusal",
          "--threshold", "Product Facts:pass_rate=1.0", "--threshold", "Out-of-Scope QA:refusal=1",
          "--out", path(out));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("Product Facts");
      assertThat(tableRow(run.out(), "Product Facts")).contains("1/2");
      assertThat(tableRow(run.out(), "Out-of-Scope QA")).contains("1/1");
      assertThat(run.out()).contains("answers: 3 from the model, 0 from the log, 0 failed, of 3 questions; 3 calls");
      // The evaluation's own check decides (RunResult.check(), as in a JUnit test), and the run
      // prints it as its Requirements section.
      assertThat(run.out()).contains("Requirements\nFAILED:\n"
          + "  openai:gpt-test [default], Product Facts: pass rate 0.500 is below the threshold 1.000"
          + " (95 % interval [0.095, 0.905])\n");
      assertThat(run.out()).doesNotContain("Out-of-Scope QA: mean refusal");

      // One request per question: LangChain4j's own retries are off, the key went as a bearer
      // token, the context is in the system prompt.
      assertThat(server.requests()).hasSize(3);
      for (FakeProvider.Request r : server.requests()) {
        assertThat(r.path()).isEqualTo("/v1/chat/completions");
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + OPENAI_KEY);
        assertThat(r.body().path("model").asText()).isEqualTo("gpt-test");
        assertThat(server.systemPrompt(r)).contains(CONTEXT);
      }

      List<CSVRecord> rows = csv(out.resolve("results.csv"));
      assertThat(rows).hasSize(3);
      assertThat(rows.stream().map(r -> r.get("model")).distinct().toList()).containsExactly("openai:gpt-test");
      assertThat(rows.stream().map(r -> r.get("id") + "=" + r.get("passed")).toList())
          .containsExactly("capital=true", "sky=false", "launch=true");
      assertThat(Files.readAllLines(out.resolve("run-log.jsonl"))).hasSize(3);
      assertThat(Files.exists(out.resolve("results-for-spreadsheets.csv"))).isTrue();
      assertNoKey(env, run, out);

      // The same run again: every answer from the log, no request, and with a reachable
      // threshold, exit 0.
      CommandRun again = EvalRun.of(env, "eval", path(questions()), "--context", path(context()),
          "--model", "openai:gpt-test", "--expect", "Out-of-Scope QA=refusal",
          "--threshold", "pass_rate=0.6", "--out", path(out));
      assertThat(again.exitCode()).isEqualTo(0);
      assertThat(again.out()).contains("answers: 0 from the model, 3 from the log, 0 failed, of 3 questions; 0 calls");
      assertThat(again.out()).contains("Requirements\npassed: 1 figures at or above their minimum");
      assertThat(server.requests()).hasSize(3);
      assertNoKey(env, again, out);
    }
  }

  @Test
  void geminiShapedServerIsAskedWithTheKeyInItsHeaderAndScored() throws Exception {
    Path out = dir.resolve("gemini-out");
    try (FakeProvider server = FakeProvider.gemini(EvalCommandTest::answers)) {
      Map<String, String> env = Map.of("GEMINI_API_KEY", GEMINI_KEY, "GEMINI_BASE_URL", server.baseUrl());
      CommandRun run = EvalRun.of(env, "eval", path(questions()), "--context", path(context()),
          "--model", "gemini:gemini-test", "--expect", "Out-of-Scope QA=refusal", "--out", path(out));

      assertThat(run.err()).doesNotContain("error");
      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(run.out()).contains("Evaluation of gemini:gemini-test");
      assertThat(Files.readString(out.resolve("results.csv"))).contains(" and [REDACTED]\"");
      assertThat(tableRow(run.out(), "Product Facts")).contains("1/2");
      assertThat(server.requests()).hasSize(3);
      for (FakeProvider.Request r : server.requests()) {
        assertThat(r.path()).isEqualTo("/v1beta/models/gemini-test:generateContent");
        assertThat(r.header("x-goog-api-key")).isEqualTo(GEMINI_KEY);
        assertThat(server.systemPrompt(r)).contains(CONTEXT);
      }
      assertThat(csv(out.resolve("results.csv"))).hasSize(3);
      assertNoKey(env, run, out);
    }
  }

  @Test
  void withoutAContextTheModelIsToldToAnswerFromWhatItKnowsAndItsRefusalIsRecognised() throws Exception {
    assertThat(RefusalDetector.standard().isRefusal("The information is not available.")).isTrue();
    Path out = dir.resolve("no-context");
    try (FakeProvider server = FakeProvider.openAi(q -> Reply.ok("The information is not available."))) {
      Map<String, String> env = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
      CommandRun run = EvalRun.of(env, "eval", path(questions()), "--model", "openai:gpt-test",
          "--expect", "Out-of-Scope QA=refusal", "--out", path(out));

      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(server.requests()).hasSize(3);
      assertThat(server.systemPrompt(server.requests().get(0))).isEqualTo(EvalCommand.NO_CONTEXT_SYSTEM_PROMPT);
      assertThat(tableRow(run.out(), "Out-of-Scope QA")).contains("1/1");
      assertThat(tableRow(run.out(), "Product Facts")).contains("0/2");
    }
  }

  @Test
  void anthropicAndOllamaAreAskedInTheirOwnShapes() throws Exception {
    String anthropicKey = "test-anthropic-key-3Kp8";
    try (FakeProvider anthropic = FakeProvider.anthropic(EvalCommandTest::answers);
        FakeProvider ollama = FakeProvider.openAi(EvalCommandTest::answers)) {
      Map<String, String> env = Map.of("ANTHROPIC_API_KEY", anthropicKey,
          "ANTHROPIC_BASE_URL", anthropic.baseUrl(), "OLLAMA_BASE_URL", ollama.root());
      Path out = dir.resolve("anthropic-ollama");
      CommandRun run = EvalRun.of(env, "eval", path(questions()), "--context", path(context()),
          "--model", "anthropic:claude-test", "--model", "ollama:llama-test",
          "--expect", "Out-of-Scope QA=refusal", "--out", path(out));

      assertThat(run.err()).doesNotContain("error");
      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(run.out()).contains("Evaluation of anthropic:claude-test");
      assertThat(run.out()).contains("Evaluation of ollama:llama-test");
      assertThat(anthropic.requests()).hasSize(3);
      for (FakeProvider.Request r : anthropic.requests()) {
        assertThat(r.path()).isEqualTo("/v1/messages");
        assertThat(r.header("x-api-key")).isEqualTo(anthropicKey);
        assertThat(anthropic.systemPrompt(r)).contains(CONTEXT);
      }
      assertThat(ollama.requests()).hasSize(3);
      assertThat(ollama.requests().get(0).path()).isEqualTo("/v1/chat/completions");
      assertThat(ollama.requests().get(0).body().path("model").asText()).isEqualTo("llama-test");
      assertThat(csv(out.resolve("results.csv"))).hasSize(6);
      assertNoKey(env, run, out);
    }
  }

  @Test
  void twoModelsAreAskedEveryQuestionAndReportedSideBySideInTheFiles() throws Exception {
    Path out = dir.resolve("two");
    Path recorded = QuestionFiles.write(dir, "recorded.csv", """
        id,model,response
        capital,chat-a,Paris.
        sky,chat-a,The sky is blue on a clear day.
        launch,chat-a,The launch is on Monday.
        """);
    try (FakeProvider server = FakeProvider.openAi(EvalCommandTest::answers)) {
      Map<String, String> env = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
      CommandRun run = EvalRun.of(env, "eval", path(questions()), "--context", path(context()),
          "--model", "openai:gpt-test", "--model", "recorded:" + recorded,
          "--expect", "Out-of-Scope QA=refusal", "--repeat", "2", "--out", path(out));

      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(run.out()).contains("Evaluation of openai:gpt-test");
      assertThat(run.out()).contains("Evaluation of chat-a");
      // 3 questions x 2 samples of the server; the recorded model is asked without a request.
      assertThat(server.requests()).hasSize(6);
      List<CSVRecord> rows = csv(out.resolve("results.csv"));
      assertThat(rows).hasSize(12);
      assertThat(rows.stream().map(r -> r.get("model") + "/" + r.get("sample")).distinct().toList())
          .containsExactly("openai:gpt-test/1", "openai:gpt-test/2", "chat-a/1", "chat-a/2");
      assertThat(rows.stream().filter(r -> r.get("model").equals("chat-a"))
          .map(r -> r.get("id") + "=" + r.get("passed")).distinct().toList())
          .containsExactly("capital=true", "sky=true", "launch=false");

      // The side-by-side comparison: a column group per model, the first the baseline, with
      // repeats' figures, then the paired comparison with its verdict in words.
      String comparison = run.out().substring(run.out().indexOf("Comparison of the models"));
      assertThat(comparison).contains("Models side by side (95 % intervals in brackets");
      assertThat(comparison).contains("openai:gpt-test (baseline)");
      assertThat(comparison).contains("chat-a");
      assertThat(comparison).contains("pass^n");
      assertThat(comparison.indexOf("openai:gpt-test (baseline)")).isLessThan(comparison.indexOf("chat-a"));
      assertThat(comparison).contains("too little to tell");
      List<CSVRecord> summary = csv(out.resolve("summary.csv"));
      assertThat(summary.stream().map(r -> r.get("model")).distinct().toList())
          .containsExactly("openai:gpt-test", "chat-a");
      assertThat(Files.readString(out.resolve("junit.xml"))).contains("<testsuite");
      assertNoKey(env, run, out);
    }
  }

  @Test
  void recordedResponsesCallNoModel() throws Exception {
    Path out = dir.resolve("recorded-out");
    Path recorded = QuestionFiles.write(dir, "recorded.csv", """
        question,response
        What is the capital of France?,Paris is the capital of France.
        What color is the sky on a clear day?,The sky is blue on a clear day.
        """);
    // A server and a key that a model call would use: it gets no request.
    try (FakeProvider server = FakeProvider.openAi(EvalCommandTest::answers)) {
      Map<String, String> env = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
      CommandRun run = EvalRun.of(env, "eval", path(questions()), "--model", "recorded:" + recorded,
          "--threshold", "Product Facts:similarity=0.9", "--out", path(out));

      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(server.requests()).isEmpty();
      assertThat(run.out()).contains("Evaluation of recorded");
      assertThat(run.out()).contains("Requirements\npassed: 1 figures at or above their minimum");
      assertThat(run.err()).contains("note: recorded (" + recorded + ") answers 2 of 3 questions");
      assertThat(run.err()).contains("note: 1 questions no recorded model answers are left out");
      assertThat(csv(out.resolve("results.csv")).stream().map(r -> r.get("id")).toList())
          .containsExactly("capital", "sky");
    }
  }

  @Test
  void recordedRowsThatMatchNoQuestionAreEachReportedAtTheirCellAndExitOne() {
    Path recorded = QuestionFiles.write(dir, "recorded.csv", """
        id,response
        capital,Paris.
        nowhere,Somewhere.
        """);
    CommandRun run = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "recorded:" + recorded,
        "--out", path(dir.resolve("o")));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(recorded + ":3:1:");
    assertThat(run.err()).contains("nowhere");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingKeyNamesTheVariableToSetAndExitsTwo() {
    Path out = dir.resolve("no-key");
    CommandRun openai = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "openai:gpt-4o-mini",
        "--out", path(out));
    assertThat(openai.exitCode()).isEqualTo(2);
    assertThat(openai.out()).isEmpty();
    assertThat(openai.err()).contains("error: no key for openai: set the environment variable OPENAI_API_KEY");

    CommandRun gemini = EvalRun.of(Map.of("OPENAI_API_KEY", OPENAI_KEY), "eval", path(questions()),
        "--model", "openai:gpt-4o-mini", "--model", "gemini:gemini-2.5-flash", "--out", path(out));
    assertThat(gemini.exitCode()).isEqualTo(2);
    assertThat(gemini.err()).contains("set the environment variable GOOGLE_API_KEY or GEMINI_API_KEY");

    CommandRun anthropic = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "ollama:llama3",
        "--judge", "anthropic:claude-haiku", "--out", path(out));
    assertThat(anthropic.exitCode()).isEqualTo(2);
    assertThat(anthropic.err()).contains("set the environment variable ANTHROPIC_API_KEY");

    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void anUnknownProviderListsTheKnownOnesAndExitsTwo() {
    CommandRun run = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "mistral:large");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(
        "unknown provider \"mistral\" in mistral:large; the providers: openai, anthropic, gemini, ollama, recorded");

    CommandRun noColon = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "gpt-4o");
    assertThat(noColon.exitCode()).isEqualTo(2);
    assertThat(noColon.err()).contains("a model is PROVIDER:NAME, such as openai:gpt-4o-mini");
  }

  @Test
  void aCategoryTheFilesDoNotHaveIsAUsageErrorListingTheirCategories() {
    CommandRun run = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "recorded:x.csv",
        "--expect", "Out of Scope=refusal");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(
        "no category \"Out of Scope\" in the files; the categories: \"Product Facts\", \"Out-of-Scope QA\"");

    CommandRun badThreshold = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "recorded:x.csv",
        "--threshold", "Product Facts:pass_rate");
    assertThat(badThreshold.exitCode()).isEqualTo(2);
    assertThat(badThreshold.err()).contains("a threshold is [CATEGORY:]MEASURE=MINIMUM");

    CommandRun noModel = EvalRun.of(Map.of(), "eval", path(questions()));
    assertThat(noModel.exitCode()).isEqualTo(2);
    assertThat(noModel.err()).contains("Missing required option: '--model=PROVIDER:NAME'");
  }

  @Test
  void aMissingQuestionFileExitsOneBeforeAnyModelIsBuilt() {
    CommandRun run = EvalRun.of(Map.of(), "eval", path(dir.resolve("absent.md")), "--model", "openai:gpt-test");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("absent.md not found");
    assertThat(run.err()).doesNotContain("OPENAI_API_KEY");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void failedCallsExitOneAndTheKeyTheProviderEchoesIsMaskedEverywhere() throws Exception {
    Path out = dir.resolve("failing");
    try (FakeProvider server = FakeProvider.openAi(q -> new Reply(401,
        "{\"error\":{\"message\":\"Incorrect API key provided: " + OPENAI_KEY + "\",\"type\":\"invalid_request_error\"}}"))) {
      Map<String, String> env = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
      CommandRun run = EvalRun.of(env, "eval", path(questions()), "--context", path(context()),
          "--model", "openai:gpt-test", "--format", "github", "--out", path(out));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("failed calls: 3");
      assertThat(run.out()).contains("::warning title=qacatalog eval failed call::openai:gpt-test, capital (Product Facts)");
      // A wrong key is not retried: one request per question.
      assertThat(server.requests()).hasSize(3);
      assertThat(csv(out.resolve("results.csv")).stream().map(r -> r.get("outcome")).distinct().toList())
          .containsExactly("ERROR");
      assertThat(Files.readString(out.resolve("results.csv"))).contains("Incorrect API key provided");
      assertNoKey(env, run, out);
    }
  }

  @Test
  void aServerErrorIsRetriedByTheEvaluationOnlySoEveryRequestIsACallItCounts() throws Exception {
    for (boolean gemini : new boolean[] {false, true}) {
      Path out = dir.resolve(gemini ? "g500" : "o500");
      Reply broken = new Reply(500, "{\"error\":{\"message\":\"overloaded\"}}");
      try (FakeProvider server = gemini ? FakeProvider.gemini(q -> broken) : FakeProvider.openAi(q -> broken)) {
        Map<String, String> env = gemini
            ? Map.of("GOOGLE_API_KEY", GEMINI_KEY, "GEMINI_BASE_URL", server.baseUrl())
            : Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
        CommandRun run = EvalRun.of(env, "eval", path(questions()),
            "--model", gemini ? "gemini:gemini-test" : "openai:gpt-test", "--out", path(out));

        assertThat(run.exitCode()).isEqualTo(1);
        // Three attempts per question by the evaluation; LangChain4j's own retries would make more.
        assertThat(server.requests()).hasSize(9);
        assertThat(run.out()).contains("answers: 0 from the model, 0 from the log, 3 failed, of 3 questions; 9 calls to the model");
      }
    }
  }

  @Test
  void aJudgeOfAnotherProviderGradesTheAnswersWithItsOwnKey() throws Exception {
    StringBuilder verdict = new StringBuilder("{");
    for (Criterion c : Rubric.DEFAULT.criteria()) {
      verdict.append('"').append(c.name()).append("\":\"").append(c.labels().get(0)).append("\",");
    }
    verdict.append("\"reason\":\"fine\"}");
    Path out = dir.resolve("judged");
    try (FakeProvider model = FakeProvider.gemini(EvalCommandTest::answers);
        FakeProvider judge = FakeProvider.openAi(q -> Reply.ok(verdict.toString()))) {
      Map<String, String> env = Map.of("GEMINI_API_KEY", GEMINI_KEY, "GEMINI_BASE_URL", model.baseUrl(),
          "OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", judge.baseUrl());
      CommandRun run = EvalRun.of(env, "eval", path(questions()), "--context", path(context()),
          "--model", "gemini:gemini-test", "--judge", "openai:judge-test",
          "--expect", "Out-of-Scope QA=refusal", "--threshold", "Product Facts:judge=0.1", "--out", path(out));

      assertThat(run.err()).doesNotContain("error");
      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(run.out()).contains("mean judge");
      // The two questions that expect an answer are judged; the refusal is not.
      assertThat(judge.requests()).hasSize(2);
      assertThat(judge.requests().get(0).body().path("model").asText()).isEqualTo("judge-test");
      assertThat(judge.requests().get(0).header("Authorization")).isEqualTo("Bearer " + OPENAI_KEY);
      assertThat(csv(out.resolve("results.csv")).stream()
          .filter(r -> r.get("expectation").equals("ANSWER")).map(r -> r.get("judge").isEmpty()).toList())
          .containsExactly(false, false);
      assertNoKey(env, run, out);
    }
  }

  @Test
  void aRecordedFileCannotJudgeAndAJudgeThresholdWithoutAJudgeMisses() {
    Path recorded = QuestionFiles.write(dir, "recorded.csv", """
        id,response
        capital,Paris is the capital of France.
        """);
    CommandRun judge = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "recorded:" + recorded,
        "--judge", "recorded:" + recorded, "--out", path(dir.resolve("j")));
    assertThat(judge.exitCode()).isEqualTo(2);
    assertThat(judge.err()).contains("holds responses, not a chat model: it cannot judge");

    CommandRun noJudge = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "recorded:" + recorded,
        "--threshold", "judge=0.5", "--out", path(dir.resolve("nj")));
    assertThat(noJudge.exitCode()).isEqualTo(1);
    assertThat(noJudge.out()).contains(
        "threshold on judge: the run has no such score; its scores: similarity, token_f1");
  }

  @Test
  void aRecordedFileWithSeveralSamplesOfAModelIsRefusedRatherThanHalfReplayed() {
    Path recorded = QuestionFiles.write(dir, "recorded.csv", """
        id,model,sample,response
        capital,chat-a,1,Paris.
        capital,chat-a,2,Lyon.
        """);
    CommandRun run = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "recorded:" + recorded,
        "--out", path(dir.resolve("s")));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("holds 2 samples of chat-a [1, 2]; the command line replays one sample per model");
    assertThat(Files.exists(dir.resolve("s"))).isFalse();
  }

  @Test
  void aMissingContextFileExitsOneNamingIt() {
    Path recorded = QuestionFiles.write(dir, "recorded.csv", "id,response\ncapital,Paris.\n");
    CommandRun run = EvalRun.of(Map.of(), "eval", path(questions()), "--context", path(dir.resolve("ctx-absent.txt")),
        "--model", "recorded:" + recorded, "--out", path(dir.resolve("c")));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: context file " + dir.resolve("ctx-absent.txt") + " not found");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void githubFormatAnnotatesEachMissedThreshold() {
    Path recorded = QuestionFiles.write(dir, "recorded.csv", """
        id,response
        capital,Paris is the capital of France.
        sky,It is green.
        launch,The information is not available in the context.
        """);
    CommandRun run = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "recorded:" + recorded,
        "--expect", "Out-of-Scope QA=refusal", "--threshold", "Product Facts:pass_rate=0.75",
        "--format", "github", "--out", path(dir.resolve("gh")));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(
        "::error title=qacatalog eval threshold::recorded [default], Product Facts: pass rate 0.500 is"
            + " below the threshold 0.750 (95 %25 interval [0.095, 0.905]); the interval reaches the"
            + " threshold, so the data cannot tell whether it is really below");
  }

  @Test
  void githubFormatAnnotatesTheFilesWarningsOnTheirLinesAndTextFormatPrintsThemOnStderr() {
    Path file = QuestionFiles.write(dir, "gap.md", "## Facts\n\n1. What is one?\n3. What is three?\n");
    Path recorded = QuestionFiles.write(dir, "recorded.csv", "question,response\nWhat is one?,One.\n");
    CommandRun github = EvalRun.of(Map.of(), "eval", path(file), "--model", "recorded:" + recorded,
        "--format", "github", "--out", path(dir.resolve("gap-gh")));
    assertThat(github.exitCode()).isEqualTo(0);
    assertThat(github.out()).contains("::warning file=" + file + ",line=4,col=1,title=numbering-gap::");

    CommandRun text = EvalRun.of(Map.of(), "eval", path(file), "--model", "recorded:" + recorded,
        "--out", path(dir.resolve("gap-text")));
    assertThat(text.exitCode()).isEqualTo(0);
    assertThat(text.err()).contains(file + ":4:1: warning: question 3 follows question 1");
    assertThat(text.out()).doesNotContain("numbering-gap");
  }

  @Test
  void anOutOfScopeCategoryLeftAsAnswersGetsANoteNotAGuess() {
    Path recorded = QuestionFiles.write(dir, "recorded.csv", """
        id,response
        launch,The information is not available in the context.
        """);
    CommandRun run = EvalRun.of(Map.of(), "eval", path(questions()), "--model", "recorded:" + recorded,
        "--out", path(dir.resolve("note")));

    assertThat(run.err()).contains("note: \"Out-of-Scope QA\" is scored as expecting answers;"
        + " if the context should not answer its questions, add --expect \"Out-of-Scope QA=refusal\"");
    assertThat(tableRow(run.out(), "Out-of-Scope QA")).contains("answer");
  }

  static String tableRow(String out, String category) {
    return out.lines().filter(l -> l.startsWith(category + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + category + " in:\n" + out));
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8,
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  /**
   * No key of the run's environment in stdout, stderr or any file of the output folder, although
   * the server echoes it in a response (or an error). The keys are not in this JVM's environment,
   * so only the command line's passing them on as secrets masks them.
   */
  static void assertNoKey(Map<String, String> env, CommandRun run, Path out) {
    List<String> written = new ArrayList<>(List.of(run.out(), run.err()));
    try (Stream<Path> files = Files.walk(out)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        try {
          written.add(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> keys = env.entrySet().stream().filter(e -> e.getKey().endsWith("_API_KEY"))
        .map(Map.Entry::getValue).toList();
    assertThat(keys).isNotEmpty();
    for (String text : written) {
      for (String key : keys) {
        assertThat(text).doesNotContain(key);
      }
    }
  }
}
