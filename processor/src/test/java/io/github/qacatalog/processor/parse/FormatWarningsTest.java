package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.testing.CompiledFile;
import org.junit.jupiter.api.Test;

/** The warnings the parser gives for the mistakes the Question/Answer format invites, from whole files. */
class FormatWarningsTest {

  @Test
  void numberedQuestionsAfterAnAnswerWithoutSeparatorWarnThatTheyAreSwallowed() {
    CompiledFile file = CompiledFile.ofResource("warnings/swallowed-questions.md");

    assertThat(file.problems())
        .containsExactly("7:1 swallowed-questions", "17:1 swallowed-questions", "20:1 empty-answer").inOrder();
    Diagnostic first = file.diagnostics().get(0);
    assertThat(first.text()).startsWith("3 numbered item(s) ending in '?' are read as part of the question on line 3");
    assertThat(file.diagnostics().get(1).text()).startsWith("2 numbered item(s)");
    assertThat(file.question(0).answer().text().orElseThrow()).endsWith("3. What is the moat?");
    assertThat(file.questions()).hasSize(3);
  }

  @Test
  void listsEndedBySeparatorsStatementsAndCodeDoNotWarn() {
    CompiledFile file = CompiledFile.ofResource("warnings/list-in-answer-with-separator.md");

    assertThat(file.problems()).isEmpty();
    assertThat(file.question(0).answer().text().orElseThrow()).contains("2. Is it the model?\n\nThen he measures.");
  }

  @Test
  void questionWithoutAnswerThatTakesInAListWarnsToo() {
    CompiledFile file = CompiledFile.ofText("## A\n\n**Question:** First?\n\n1. Second?\n2. Third?\n");

    assertThat(file.problems()).containsExactly("5:1 swallowed-questions");
  }

  @Test
  void nearMissesOfTheMarkersWarnAtTheStartOfTheirLine() {
    CompiledFile file = CompiledFile.ofResource("warnings/near-miss-markers.md");

    assertThat(file.problems()).containsExactly(
        "7:1 near-miss-marker", "9:1 near-miss-marker", "11:1 near-miss-marker", "13:1 near-miss-marker",
        "15:1 near-miss-marker", "17:1 near-miss-marker", "19:1 near-miss-marker", "21:1 near-miss-marker",
        "23:1 empty-answer", "24:1 near-miss-marker").inOrder();
    assertThat(file.diagnostics().stream().map(Diagnostic::text).toList()).containsAtLeast(
        "\"**Question**:\" looks like the **Question:** marker but is not read as one",
        "\"**Answer**:\" looks like the **Answer:** marker but is not read as one",
        "\"*Question:*\" looks like the **Question:** marker but is not read as one",
        "\"Question:\" looks like the **Question:** marker but is not read as one",
        "\"**Q:**\" looks like the **Question:** marker but is not read as one",
        "\"A:\" looks like the **Answer:** marker but is not read as one",
        "\"**Answer**\" looks like the **Answer:** marker but is not read as one",
        "\"**Question:**\" looks like the **Question:** marker but is not read as one");
    assertThat(file.questions()).hasSize(2);
  }

  @Test
  void warningsPrintAsCompilerMessagesWithAHint() {
    Diagnostic warning = CompiledFile.ofText("## A\n\n**Question**: One?\n\n**Question:** Two?\n").diagnostics().get(0);

    assertThat(warning.format("qa/QA.md")).isEqualTo(
        "qa/QA.md:3:1: warning: \"**Question**:\" looks like the **Question:** marker but is not read as one [near-miss-marker]\n"
            + "  hint: write the marker exactly as **Question:** or **Answer:**, colon inside the stars, a space after");
  }

  @Test
  void questionMarkerInsideAListItemOrQuoteWarnsThatItIsNoQuestion() {
    CompiledFile file = CompiledFile.ofText("## A\n\n1. One?\n**Question:** Joined to the item?\n\n"
        + "> **Question:** Quoted?\n\n- **Question:** In a bullet?\n");

    assertThat(file.problems()).containsExactly(
        "4:1 nested-question-marker", "6:3 nested-question-marker", "8:3 nested-question-marker").inOrder();
    assertThat(file.questions()).hasSize(1);
  }

  @Test
  void questionMarkersInCodeAndMidLineDoNotWarn() {
    CompiledFile file = CompiledFile.ofText("## A\n\n**Question:** One?\n\n**Answer:** Write it as\n\n"
        + "```\n**Question:** like this\n```\n\n- a bullet that mentions **Question:** mid-line\n");

    assertThat(file.problems()).isEmpty();
  }
}
