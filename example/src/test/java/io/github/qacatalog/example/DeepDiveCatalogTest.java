package io.github.qacatalog.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second catalog, compiled from the Question/Answer file qa/deep-dive.md, and what uses it. */
class DeepDiveCatalogTest {

  @Test
  void onlyTheSectionsWithQuestionsAreCategories() {
    assertEquals(List.of("Design Deep Dive", "Diagnostics Deep Dive", "Beyond the Context"),
        DeepDiveCatalog.categories().stream().map(QaCategory::title).toList());
    assertEquals(List.of(5, 3, 4), DeepDiveCatalog.categories().stream().map(c -> c.items().size()).toList());
    assertEquals("Questions about why qacatalog is built the way it is.",
        DeepDiveCatalog.categories().get(0).description().orElseThrow());
  }

  @Test
  void everyQuestionHasAnAnswerAndIsNamedByItsId() {
    for (QaItem item : DeepDiveCatalog.all()) {
      assertTrue(item.answer().filter(a -> !a.isBlank()).isPresent(), item.id());
      assertEquals(0, item.number());
    }
    QaItem explicitIds = DeepDiveCatalog.DesignDeepDive.EXPLICIT_IDS;
    assertEquals("explicit-ids", explicitIds.id());
    assertEquals("How do you give a question an explicit id?", explicitIds.question());
    assertTrue(explicitIds.answer().orElseThrow().contains("```markdown\n<!-- id: lora-bug -->\n"));
    assertEquals(explicitIds, DeepDiveCatalog.byId("explicit-ids").orElseThrow());
  }

  @Test
  void exportWritesJsonLinesCsvAndMarkdownForBothCatalogs(@TempDir Path directory) throws IOException {
    ExportCatalogs.main(new String[] {directory.toString()});

    assertEquals(39, Files.readAllLines(directory.resolve("qa.jsonl")).size());
    assertEquals(12, Files.readAllLines(directory.resolve("deep-dive.jsonl")).size());
    assertTrue(Files.readString(directory.resolve("deep-dive.jsonl"))
        .startsWith("{\"id\":\"compile-time\",\"category\":\"Design Deep Dive\",\"number\":null,"));
    assertTrue(Files.readString(directory.resolve("qa.csv")).startsWith("category,question,gold_answer,paraphrase_of\r\n"
        + "Context-Aware QA,"));
    String markdown = Files.readString(directory.resolve("deep-dive.md"), StandardCharsets.UTF_8);
    for (QaItem item : DeepDiveCatalog.all()) {
      String paraphrases = item.paraphrases().isEmpty() ? ""
          : "**Paraphrases:**\n" + String.join("", item.paraphrases().stream().map(p -> "- " + p + "\n").toList()) + "\n";
      assertTrue(markdown.contains("<!-- id: " + item.id() + " -->\n**Question:** " + item.question() + "\n\n"
          + paraphrases + "**Answer:** " + item.answer().orElseThrow() + "\n"), item.id());
    }
  }
}
