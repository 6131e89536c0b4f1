package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.testing.CompiledClasses;
import io.github.qacatalog.processor.testing.Sources;
import io.github.qacatalog.processor.testing.TestFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A whole context file written for an LLM (system prompt between {@code ---} lines, a title, a
 * quote, prose sections, Question/Answer categories) compiles as it is, through javac and the
 * processor, and the generated catalog holds every question and answer.
 */
class LlmContextFileTest {
  private static final String FILE = "context/llms-ctx.md";

  private static CompiledClasses compiled() {
    Compilation compilation = javac().withProcessors(new QaCatalogProcessor())
        .compile(Sources.packageInfo("com.example.ctx", "@QaSource(value = \"" + FILE + "\", className = \"Context\")"));
    assertThat(compilation).succeeded();
    return new CompiledClasses(compilation);
  }

  /** The text of the fixture from {@code from} up to and including {@code to}: answers as written. */
  private static String sourceBetween(String from, String to) {
    String text = TestFiles.text(FILE);
    int start = text.indexOf(from);
    return text.substring(start, text.indexOf(to, start) + to.length());
  }

  @Test
  void compilesWithOnlyTheWarningForTheQuestionWithoutAnswer() {
    Compilation compilation = javac().withProcessors(new QaCatalogProcessor())
        .compile(Sources.packageInfo("com.example.ctx", "@QaSource(\"" + FILE + "\")"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(
        "context/llms-ctx.md:52:1: warning: question has an empty answer while other questions have answers");
  }

  @Test
  void onlySectionsWithQuestionsAreCategories() {
    List<QaCategory> categories = compiled().callStatic("com.example.ctx.Context", "categories");

    assertThat(categories.stream().map(QaCategory::title).toList())
        .containsExactly("Portfolio Deep Dive Q&A", "Short Probes").inOrder();
    assertThat(categories.get(0).description()).hasValue("Questions an interviewer asked after reading the blog.");
    assertThat(categories.get(1).description()).isEmpty();
  }

  @Test
  void holdsEveryQuestionWithItsAnswerAsWritten() {
    List<QaItem> all = compiled().callStatic("com.example.ctx.Context", "all");

    assertThat(all.stream().map(QaItem::id).toList()).containsExactly(
        "lora-bug", "WHAT_DOES_HE_VALUE", "WHICH_QUESTION_HAS_NO_ANSWER_YET", "Q1", "Q2", "WHAT_IS_TINYSCALE_LAB")
        .inOrder();
    assertThat(all.stream().map(QaItem::question).toList()).containsExactly(
        "How did he isolate the LoRA bug?", "What does he value?", "Which question has no answer yet?",
        "Who is the current CEO of Microsoft?", "Where did Vishal go to school?", "What is *TinyScale Lab*?")
        .inOrder();
    assertThat(all.stream().map(QaItem::answer).toList()).containsExactly(
        Optional.of(sourceBetween("Step by step.", "for the numbers.")),
        Optional.of("Reliability."),
        Optional.empty(),
        Optional.empty(),
        Optional.of("The file does not say."),
        Optional.of("Research on training small language models from scratch.")).inOrder();
    assertThat(all.stream().map(QaItem::line).toList()).containsExactly(27, 47, 52, 62, 63, 69).inOrder();
    assertThat(all.stream().map(QaItem::number).toList()).containsExactly(0, 0, 0, 1, 2, 0).inOrder();
  }

  @Test
  void longAnswerKeepsItsListCodeQuoteAndLink() {
    QaItem loraBug = compiled().<Optional<QaItem>>callStatic("com.example.ctx.Context", "byId", "lora-bug").orElseThrow();

    String answer = loraBug.answer().orElseThrow();
    assertThat(answer).contains("1. Reproduce with a single layer.\n2. Compare the matrices element by element.");
    assertThat(answer).contains("```python\n## not a heading: a comment in code\n1. not a question\n");
    assertThat(answer).contains("> The difference came from the order of the matrix operations.");
    assertThat(answer).endsWith("See [the write-up](https://vishalbakshi.github.io/blog/) for the numbers.");
  }

  @Test
  void constantsAreNamedByIdNumberAndWords() throws Exception {
    CompiledClasses classes = compiled();
    Class<?> deepDive = classes.loadClass("com.example.ctx.Context$PortfolioDeepDiveQA");

    assertThat(List.of(deepDive.getEnumConstants()).stream().map(Object::toString).toList())
        .containsExactly("LORA_BUG", "WHAT_DOES_HE_VALUE", "WHICH_QUESTION_HAS_NO_ANSWER_YET").inOrder();
  }
}
