package io.github.qacatalog.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qacatalog.QaItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command, offline: the seed summary, the baseline evaluation, its files, its cache. */
class RunCommandTest {

  private static String run(Map<String, String> env, Path context, Path directory) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PortfolioEvaluation.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), env, context, directory);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheSeedAndTheProbesTruthfully(@TempDir Path directory) {
    String out = run(Map.of(), null, directory);

    assertTrue(out.startsWith("Questions in qa/QA.md\n"), out);
    assertTrue(out.contains("  Out-of-Scope QA       11 questions, numbered 30-40\n"), out);
    assertTrue(out.contains("Direct reference QaCatalog.OutOfScopeQa.Q37 (line 48): Who is the current CEO of Microsoft?\n"
        + "  expected: a refusal"), out);
    assertTrue(out.contains("Exhaustive switch on QaCatalog.ColdChatQa.Q14 (line 23): Your fastbook-benchmark project"), out);
    assertTrue(out.contains("  a good answer should answer with a concrete engineering plan\n"), out);
  }

  @Test
  void evaluatesTheDeepDiveWithTheBaselineAndASecondRunAsksNothing(@TempDir Path directory) throws IOException {
    String first = run(Map.of(), null, directory);

    assertTrue(first.contains("a BASELINE, not a language model"), first);
    assertTrue(first.contains("Evaluation of retrieval-baseline(all-MiniLM-L6-v2)\n"), first);
    for (String category : List.of("Design Deep Dive", "Diagnostics Deep Dive", "Beyond the Context")) {
      assertTrue(first.lines().anyMatch(line -> line.startsWith(category + " ")), category + " row in\n" + first);
    }
    assertTrue(first.contains("answers: 20 from the model, 0 from the log, 0 failed, of 20 questions; 20 calls to the model\n"), first);
    assertTrue(first.contains("Seed catalog (qa/QA.md): not evaluated"), first);

    List<String> log = Files.readAllLines(directory.resolve("run-log.jsonl"));
    // 12 questions and the 8 paraphrases of the deep-dive catalog, each asked once
    assertEquals(20, log.size());
    List<String> csv = Files.readAllLines(directory.resolve("deep-dive.csv"));
    assertTrue(csv.get(0).startsWith("model,variant,sample,category,id,question,wording,asked,response,gold_answer,expectation,passed,"), csv.get(0));
    Path report = directory.resolve("report.html");
    assertTrue(first.contains("\nReport: " + report.toUri() + "\n"), first);
    assertTrue(report.toUri().toString().startsWith("file:/"), report.toUri().toString());
    String page = Files.readString(report);
    assertTrue(page.contains("<title>qacatalog deep dive</title>"), page.substring(0, 300));
    for (QaItem item : DeepDiveCatalog.all()) {
      assertTrue(page.contains("\"id\":\"" + item.id() + "\""), item.id());
    }

    String second = run(Map.of(), null, directory);
    assertTrue(second.contains("answers: 0 from the model, 20 from the log, 0 failed, of 20 questions; 0 calls to the model\n"), second);
    assertEquals(20, Files.readAllLines(directory.resolve("run-log.jsonl")).size());
  }

  @Test
  void theBaselineRefusesWhatTheShippedContextDoesNotSay(@TempDir Path directory) throws IOException {
    run(Map.of(), null, directory);

    List<String> refusals = Files.readAllLines(directory.resolve("deep-dive.csv")).stream()
        .filter(line -> line.contains(",Beyond the Context,")).toList();
    // 4 questions, 2 of them also asked in a paraphrase
    assertEquals(6, refusals.size(), String.join("\n", refusals));
    for (String row : refusals) {
      assertTrue(row.contains(",REFUSAL,true,"), row);
    }
  }

  @Test
  void aNamedContextFileAddsTheSeedCatalogWithOutOfScopeRefusals(@TempDir Path directory) throws IOException {
    Path context = directory.resolve("llms_ctx.txt");
    Files.writeString(context, DeepDiveEvaluation.shippedContext());

    String out = run(Map.of(), context, directory);

    assertTrue(out.contains("== Seed catalog (qa/QA.md) against " + context), out);
    assertTrue(out.lines().anyMatch(line -> line.startsWith("Out-of-Scope QA ") && line.contains(" refusal ")), out);
    assertTrue(out.contains("answers: 39 from the model, 0 from the log, 0 failed, of 39 questions; 39 calls to the model\n"), out);
    assertTrue(Files.readString(directory.resolve("qa.csv")).contains(",Out-of-Scope QA,Q37,Who is the current CEO of Microsoft?,"));
  }

  @Test
  void theEnvironmentChoosesTheProviderAndNoKeyIsPrinted() {
    assertTrue(ModelUnderTest.fromEnvironment(Map.of()).isEmpty());

    ModelUnderTest openAi = ModelUnderTest.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-test-0123456789abcdef")).orElseThrow();
    assertEquals("openai:gpt-4o-mini", openAi.model().name());
    assertFalse(openAi.description().contains("sk-test"), openAi.description());

    ModelUnderTest anthropic = ModelUnderTest.fromEnvironment(
        Map.of("ANTHROPIC_API_KEY", "sk-ant-secret", "QACATALOG_MODEL", "claude-sonnet-4-5")).orElseThrow();
    assertEquals("anthropic:claude-sonnet-4-5", anthropic.model().name());
    assertFalse(anthropic.description().contains("sk-ant-secret"));

    ModelUnderTest ollama = ModelUnderTest.fromEnvironment(Map.of("OLLAMA_BASE_URL", "http://127.0.0.1:11434/")).orElseThrow();
    assertEquals("ollama:llama3.2", ollama.model().name());
    assertTrue(ollama.description().contains("http://127.0.0.1:11434/v1"), ollama.description());
  }
}
