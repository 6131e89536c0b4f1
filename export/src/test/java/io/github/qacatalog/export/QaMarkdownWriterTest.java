package io.github.qacatalog.export;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QaMarkdownWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"roundtrip/every-form.md", "roundtrip/llm-context.md", "roundtrip/seed.md"})
  void readingTheRenderedTextGivesTheSameCatalogAgain(String resource) {
    ParsedCatalog original = ParsedCatalog.ofResource(resource);
    assertThat(original.errors()).isEmpty();

    String rendered = QaMarkdownWriter.render(original.categories());
    ParsedCatalog reread = ParsedCatalog.ofText(rendered);

    assertThat(reread.errors()).isEmpty();
    assertThat(reread.meaning()).containsExactlyElementsIn(original.meaning()).inOrder();
    assertThat(QaMarkdownWriter.render(reread.categories())).isEqualTo(rendered);
  }

  @Test
  void everyFormFileHoldsWhatTheRoundTripMustKeep() {
    List<String> meaning = ParsedCatalog.ofResource("roundtrip/every-form.md").meaning();

    assertThat(meaning).hasSize(2 + 6 + 6 + 1);
    assertThat(String.join("\n", meaning)).contains("LORA_BUG | lora-bug | 0 | How did he isolate the LoRA bug,\n"
        + "across two lines? | Optional[```python\n## a comment, not a heading\n1. not a question\n```\n\n"
        + "Then prose after the code.]");
    assertThat(String.join("\n", meaning)).contains("THIRD | third | 3 | Third, with an id? | Optional.empty");
    assertThat(String.join("\n", meaning)).contains(
        "Q5 | Q5 | 5 | Fifth, after the block? | Optional[Indented under the item,\n\n   over two paragraphs.]");
  }

  @Test
  void writesTheQuestionAnswerFormat() {
    ParsedCatalog catalog = ParsedCatalog.ofText("## Deep Dive\n\nAbout the work.\n\n"
        + "<!-- id: values -->\n**Question:** What does he value?\n**Answer:** Reliability.\n\n"
        + "## Probes\n\n1. Who?\n2. Where?\n\n**Answer:** Nowhere.\n\n---\n\n3. When?\n");

    assertThat(QaMarkdownWriter.render(catalog.categories())).isEqualTo(
        "## Deep Dive\n\nAbout the work.\n\n"
            + "<!-- id: values -->\n**Question:** What does he value?\n\n**Answer:** Reliability.\n\n"
            + "## Probes\n\n1. Who?\n2. Where?\n\n**Answer:** Nowhere.\n\n---\n\n3. When?\n");
  }

  @Test
  void answerThatStartsABlockStartsOnALineOfItsOwn() {
    ParsedCatalog catalog = ParsedCatalog.ofText("## A\n\n**Question:** Code?\n\n**Answer:**\n\n```\n## x\n```\n");

    assertThat(QaMarkdownWriter.render(catalog.categories()))
        .isEqualTo("## A\n\n<!-- id: CODE -->\n**Question:** Code?\n\n**Answer:**\n\n```\n## x\n```\n");
  }
}
