package io.github.qacatalog.export;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QaMarkdownWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"roundtrip/every-form.md", "roundtrip/llm-context.md", "roundtrip/seed.md", "roundtrip/paraphrases.md"})
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
  void paraphrasesFileHoldsAParaphraseInEveryPlace() {
    ParsedCatalog catalog = ParsedCatalog.ofResource("roundtrip/paraphrases.md");

    assertThat(catalog.diagnostics()).isEmpty();
    assertThat(catalog.all().stream().map(item -> item.paraphrases().size()).toList())
        .containsExactly(2, 0, 1, 1, 2, 2, 2).inOrder();
    assertThat(catalog.all().get(5).paraphrases()).containsExactly("Which quality matters most to him?",
        "What does he care about,\nabove all?").inOrder();
    assertThat(catalog.all().get(6).paraphrases().get(1)).isEqualTo("# Even one that is a heading?");
  }

  @Test
  void writesParaphrasesBetweenTheQuestionAndItsAnswer() {
    ParsedCatalog catalog = ParsedCatalog.ofText("## Probes\n\n1. Who?\n   **Paraphrases:**\n   - Whom?\n"
        + "2. Where?\n3. When?\n\n**Paraphrases:**\n- At what time?\n- How soon?\n\n**Answer:** Now.\n\n"
        + "## Deep Dive\n\n**Question:** What does he value?\n**Paraphrases:**\n- What matters to him?\n");

    assertThat(QaMarkdownWriter.render(catalog.categories())).isEqualTo(
        "## Probes\n\n1. Who?\n\n**Paraphrases:**\n- Whom?\n\n---\n\n2. Where?\n3. When?\n\n"
            + "**Paraphrases:**\n- At what time?\n- How soon?\n\n**Answer:** Now.\n\n"
            + "## Deep Dive\n\n<!-- id: WHAT_DOES_HE_VALUE -->\n**Question:** What does he value?\n\n"
            + "**Paraphrases:**\n- What matters to him?\n");
  }

  @Test
  void answerThatStartsABlockStartsOnALineOfItsOwn() {
    ParsedCatalog catalog = ParsedCatalog.ofText("## A\n\n**Question:** Code?\n\n**Answer:**\n\n```\n## x\n```\n");

    assertThat(QaMarkdownWriter.render(catalog.categories()))
        .isEqualTo("## A\n\n<!-- id: CODE -->\n**Question:** Code?\n\n**Answer:**\n\n```\n## x\n```\n");
  }
}
