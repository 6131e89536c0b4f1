package io.github.qacatalog.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The round trip on many files put together at random from the lines this format is made of,
 * including the awkward ones (lazy continuation lines, open fences, HTML blocks, indented code).
 * Every file that compiles without error must come back as the same catalog. The seed is fixed,
 * so a failure reproduces; the failing file is in the message. Each file's JSON Lines export must
 * also conform to the shipped schema.
 */
class RandomFilesRoundTripTest {
  private static final String[] LINES = {
    "## A\n", "## B\n", "\n", "\n", "\n", "---\n", "**Question:** Why?\n", "**Question:** How come?\n",
    "**Question:** Why not?\n", "**Question:**\n", "**Answer:** Yes.\n", "**Answer:** Because.\n", "**Answer:**\n",
    "1. One?\n", "2. Two?\n", "3. Three?\n", "7) Seven\n", "10. Ten?\n", "   **Answer:** indented\n", "   more\n",
    "   1. nested?\n", "<!-- id: x -->\n", "<!-- id: w -->\n", "```\n", "~~~\n", "    code\n", "text\n", "text\n",
    "> quoted\n", "- bullet\n", "* star\n", "# Title\n", "### Sub\n", "<div>\n", "1.\n", "**Question**: near\n",
    "**Paraphrases:**\n", "**Paraphrases:**\n", "**Paraphrase:**\n", "   **Paraphrases:**\n", "- Whence?\n",
    "- Wherefore?\n", "- How so?\n", "   - Whither?\n", "   - For what?\n", "  and on\n", "**Paraphrases**: near\n",
    // Whole questions with paraphrases, which single lines seldom put together.
    "**Question:** Whence?\n**Paraphrases:**\n- From where?\n- Out of which place,\n  then?\n",
    "**Question:** Whither?\n\n**Paraphrases:**\n\n- To where?\n\n**Answer:** There.\n",
    "4. Why so?\n   **Paraphrase:**\n   - For what reason?\n", "5. How so?\n\n**Paraphrases:**\n- In what way?\n",
  };
  private static final int FILES = 10_000;

  @Test
  void everyFileWithoutErrorsComesBackAsTheSameCatalog() {
    Random random = new Random(20_26);
    int checked = 0;
    int withParaphrases = 0;
    for (int i = 0; i < FILES; i++) {
      StringBuilder markdown = new StringBuilder("## Start\n\n**Question:** First?\n**Answer:** First.\n\n");
      int lines = random.nextInt(16);
      for (int k = 0; k < lines; k++) {
        markdown.append(LINES[random.nextInt(LINES.length)]);
      }
      ParsedCatalog original = ParsedCatalog.ofText(markdown.toString());
      if (!original.mustRoundTrip()) {
        continue;
      }
      StringWriter jsonLines = new StringWriter();
      QaJsonLinesWriter.write(original.all(), jsonLines);
      JsonLinesSchema.assertConforms(jsonLines.toString());
      String rendered = QaMarkdownWriter.render(original.categories());
      ParsedCatalog reread = ParsedCatalog.ofText(rendered);
      String message = "file:\n" + markdown + "\nrendered:\n" + rendered;
      assertWithMessage(message).that(reread.errors()).isEmpty();
      assertWithMessage(message).that(reread.meaning()).isEqualTo(original.meaning());
      checked++;
      if (original.all().stream().anyMatch(item -> !item.paraphrases().isEmpty())) {
        withParaphrases++;
      }
    }
    assertThat(checked).isGreaterThan(FILES / 4);
    assertWithMessage("files checked that have paraphrases").that(withParaphrases).isGreaterThan(FILES / 50);
  }
}
