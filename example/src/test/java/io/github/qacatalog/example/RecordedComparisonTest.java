package io.github.qacatalog.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's comparison with the recorded responses: side by side, judged, agreement, calibration. */
class RecordedComparisonTest {

  private static String run(Path directory) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PortfolioEvaluation.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), Map.of(), null, directory);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theRunPrintsEachSectionUnderItsHeadingAndWritesItsFiles(@TempDir Path directory) throws IOException {
    String out = run(directory);

    int comparison = out.indexOf("== Comparison: retrieval-baseline(all-MiniLM-L6-v2) beside two chat products'");
    assertTrue(comparison > 0, out);
    String section = out.substring(comparison, out.indexOf("== Seed catalog"));
    assertTrue(section.contains("Models: retrieval-baseline(all-MiniLM-L6-v2), claude-chat, gemini-chat"), section);
    assertTrue(section.contains("a STAND-IN that labels by word overlap, NOT a language model"), section);
    // (a) side by side, then each model against the baseline
    for (String heading : List.of("Evaluation of claude-chat\n", "Evaluation of gemini-chat\n",
        "Comparison of the models\nModels side by side", "Against the baseline retrieval-baseline(all-MiniLM-L6-v2)",
        "Agreement of the judge with the person's grades\n", "Calibration of each score against the person's passes\n")) {
      assertTrue(section.contains(heading), heading + " in\n" + section);
    }
    assertTrue(section.indexOf("Comparison of the models") < section.indexOf("Agreement of the judge"), section);
    // (b) the agreement per criterion of the person's rubric
    for (String criterion : List.of("completeness", "accuracy", "conciseness", "format")) {
      assertTrue(section.lines().anyMatch(l -> l.startsWith(criterion + " ") && l.contains(" 19 ")), criterion + " in\n" + section);
    }
    // (c) too few graded answers to choose a threshold, and the table says so
    assertTrue(section.lines().anyMatch(l -> l.startsWith("similarity ") && l.contains("too little to tell")), section);
    assertTrue(section.contains("answers: 52 from the model, 0 from the log, 0 failed, of 52 questions"), section);

    Path files = directory.resolve(PortfolioEvaluation.COMPARISON);
    List<String> results = Files.readAllLines(files.resolve("results.csv"));
    try (CSVParser csv = CSVParser.parse(files.resolve("results.csv"), StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
      assertEquals(1 + 52, csv.getRecords().size());
    }
    assertTrue(results.get(0).endsWith(",person_completeness,person_accuracy,person_conciseness,person_format,person_passed,person_note"), results.get(0));
    assertTrue(Files.readAllLines(files.resolve("summary.csv")).get(0).startsWith("model,variant,category,"));
    assertTrue(Files.readAllLines(files.resolve("agreement.csv")).get(0).startsWith("criterion,labels,pairs,agreement,"));
    assertTrue(Files.readAllLines(files.resolve("calibration.csv")).get(0).startsWith("score,graded,"));
    assertTrue(Files.readString(files.resolve("junit.xml")).contains("<testsuite"));
    // (d) the paraphrases: the baseline asked all 8, each chat product the 4 it has a response to
    assertTrue(section.contains("Consistency over the wordings of each question\n"
        + "11 of 16 questions asked in several wordings (per model) passed in every wording\n"), section);
    assertTrue(section.lines().anyMatch(l -> l.matches("claude-chat +unnumbered-names +1/2 +paraphrase 1: What constant name .*")), section);
    try (CSVParser csv = CSVParser.parse(files.resolve("consistency.csv"), StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
      List<org.apache.commons.csv.CSVRecord> rows = csv.getRecords();
      assertEquals(1 + 16, rows.size());
      assertEquals(List.of("model", "variant", "category", "id", "question", "wordings", "answers", "passed"),
          rows.get(0).toList().subList(0, 8));
    }
  }

  @Test
  void theStandInJudgeLabelsByItsRulesFromWhatTheJudgeIsSentOnly() {
    StandInJudge judge = new StandInJudge();
    String gold = "The processor reports every problem with file, line and column.";
    String full = judge.chat(ChatRequest.builder().messages(SystemMessage.from("rubric"), UserMessage.from(
        "<question>\nHow?\n</question>\n\n<gold_answer>\n" + gold + "\n</gold_answer>\n\n<response>\n"
            + "Every problem comes with its file, line and column from the processor.\n</response>")).build())
        .aiMessage().text();
    assertTrue(full.contains("\"completeness\": \"Full\"") && full.contains("\"accuracy\": \"Perfect\""), full);
    assertTrue(full.contains("\"conciseness\": \"Concise\""), full);

    String partial = judge.chat(ChatRequest.builder().messages(UserMessage.from(
        "<gold_answer>\n" + gold + "\n</gold_answer>\n\n<response>\nIt prints something. " + "Words ".repeat(40)
            + "\n</response>")).build()).aiMessage().text();
    assertTrue(partial.contains("\"completeness\": \"Partial\"") && partial.contains("\"accuracy\": \"Minor Error\""), partial);
    assertTrue(partial.contains("\"conciseness\": \"Verbose\""), partial);
  }
}
