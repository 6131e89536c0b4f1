package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.model.Answer;
import io.github.qacatalog.processor.model.Question;
import io.github.qacatalog.processor.testing.CompiledFile;
import io.github.qacatalog.processor.testing.TestFiles;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Every form of the Question/Answer format, read from a small file named for what it shows. */
class QuestionAnswerFormsTest {

  @Test
  void answerInTheNextParagraph() {
    CompiledFile file = CompiledFile.ofResource("forms/answer-in-next-paragraph.md");

    assertThat(file.problems()).isEmpty();
    assertThat(file.questions()).hasSize(2);
    assertThat(file.question(0).text()).isEqualTo("How did he isolate the LoRA bug?");
    assertThat(file.question(0).answer().text()).hasValue("Step by step.");
    assertThat(file.question(0).position().line()).isEqualTo(3);
    assertThat(file.question(1).text()).isEqualTo("What does he value?");
    assertThat(file.question(1).answer().text()).hasValue("Reliability.");
    assertThat(file.question(1).position().line()).isEqualTo(9);
    assertThat(file.question(1).number()).isEmpty();
  }

  @Test
  void answerInTheSameParagraphAfterALineBreak() {
    CompiledFile file = CompiledFile.ofResource("forms/answer-in-same-paragraph.md");

    assertThat(file.problems()).isEmpty();
    assertThat(file.questions().stream().map(Question::text).toList())
        .containsExactly("What does he value?", "What does he avoid?").inOrder();
    assertThat(file.questions().stream().map(q -> q.answer().text().orElseThrow()).toList())
        .containsExactly("Reliability.", "Guesswork.").inOrder();
  }

  @Test
  void answerRunsOverEveryBlockUntilTheSeparatorAsWritten() {
    CompiledFile file = CompiledFile.ofResource("forms/answer-of-many-blocks.md");
    String source = TestFiles.text("forms/answer-of-many-blocks.md");
    String expected = source.substring(source.indexOf("Step by step."), source.indexOf("Last paragraph.")
        + "Last paragraph.".length());

    assertThat(file.problems()).isEmpty();
    assertThat(file.questions()).hasSize(2);
    assertThat(file.question(0).answer().text()).hasValue(expected);
    assertThat(expected).contains("1. Reproduce with one layer.");
    assertThat(expected).contains("## not a heading\n1. not a question\n**Question:** not a question either");
    assertThat(expected).contains("> A quote from the notes.");
    assertThat(expected).contains("    indented code");
    assertThat(file.question(1).text()).isEqualTo("What came next?");
    assertThat(file.question(1).answer().text()).hasValue("The fix.");
    assertThat(file.catalog().categories()).hasSize(1);
  }

  @Test
  void answerEndsAtTheNextQuestionAndAtTheNextHeading() {
    CompiledFile file = CompiledFile.ofResource("forms/answer-ends-at-question-or-heading.md");

    assertThat(file.problems()).isEmpty();
    assertThat(file.questions().stream().map(q -> q.answer().text().orElseThrow()).toList())
        .containsExactly("First answer.\n\nStill the first answer.", "Second answer.", "Third answer.")
        .inOrder();
    assertThat(file.catalog().categories().stream().map(c -> c.questions().size()).toList())
        .containsExactly(2, 1).inOrder();
  }

  @Test
  void questionsWithoutAnswerHaveAnEmptyAnswer() {
    CompiledFile file = CompiledFile.ofResource("forms/empty-answers.md");

    assertThat(file.questions().stream().map(Question::text).toList()).containsExactly(
        "Has an answer?", "Has an empty answer marker?", "Has no answer marker at all?",
        "Empty marker in the same paragraph?").inOrder();
    assertThat(file.question(0).answer().text()).hasValue("Yes.");
    assertThat(file.question(1).answer()).isEqualTo(Answer.EMPTY);
    assertThat(file.question(2).answer()).isEqualTo(Answer.NONE);
    assertThat(file.question(3).answer()).isEqualTo(Answer.EMPTY);
    assertThat(file.generated()).isTrue();
  }

  @Test
  void aSectionMayMixNumberedQuestionsAndQuestionBlocks() {
    CompiledFile file = CompiledFile.ofResource("forms/mixed-section.md");

    assertThat(file.problems()).isEmpty();
    assertThat(file.questions().stream().map(Question::text).toList()).containsExactly(
        "A numbered question?", "A numbered question with an answer?", "A question block?", "Numbered again?")
        .inOrder();
    assertThat(file.questions().stream().map(Question::number).toList())
        .containsExactly(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.empty(), OptionalInt.of(3)).inOrder();
    assertThat(file.question(0).answer().text()).isEmpty();
    assertThat(file.question(1).answer().text()).hasValue("The answer of question 2.");
    assertThat(file.question(2).answer().text()).hasValue("Its answer.");
    assertThat(file.question(3).answer().text()).isEmpty();
    assertThat(file.constantNames().get(0)).isEqualTo("Q1");
    assertThat(file.constantNames().get(3)).isEqualTo("Q3");
  }

  @Test
  void proseSectionsTitlesAndQuotesAreNoCategories() {
    CompiledFile file = CompiledFile.ofResource("forms/prose-sections.md");

    assertThat(file.problems()).isEmpty();
    assertThat(file.catalog().categories().stream().map(c -> c.title()).toList()).containsExactly("Deep Dive");
    assertThat(file.questions()).hasSize(1);
    assertThat(file.question(0).answer().text()).hasValue("Reliability.");
  }

  @Test
  void paragraphsBeforeTheFirstQuestionDescribeTheCategory() {
    CompiledFile file = CompiledFile.ofResource("forms/category-description.md");

    assertThat(file.category("Deep Dive").description())
        .hasValue("These questions probe the LoRA work.\n\nThey expect *detailed* answers.");
    assertThat(file.category("Numbered").description()).hasValue("Short probes.");
    assertThat(file.category("Deep Dive").questions().get(0).text()).isEqualTo("What does he value?");
  }

  @Test
  void dashesRightUnderTextSeparateInsteadOfMakingAHeading() {
    CompiledFile file = CompiledFile.ofResource("forms/setext-separator.md");

    assertThat(file.catalog().categories()).hasSize(1);
    assertThat(file.questions().stream().map(Question::text).toList()).containsExactly(
        "What does he value?", "What does he avoid?", "Is this read as a question?").inOrder();
    assertThat(file.questions().stream().map(q -> q.answer().text().orElseThrow()).toList())
        .containsExactly("Reliability.", "Guesswork.\n\nEvery time.", "Yes.").inOrder();
    assertThat(file.problems()).containsExactly("6:1 setext-separator", "13:1 setext-separator").inOrder();
  }

  @Test
  void answerRightAfterANumberedQuestionBelongsToIt() {
    CompiledFile file = CompiledFile.ofText("## Q\n\n1. One?\n2. Two?\n\n**Answer:** Two's answer.\n");

    assertThat(file.problems()).isEmpty();
    assertThat(file.question(0).answer().text()).isEmpty();
    assertThat(file.question(1).answer().text()).hasValue("Two's answer.");
  }

  @Test
  void answerInsideTheNumberedItemBelongsToIt() {
    CompiledFile file = CompiledFile.ofText(
        "## Q\n\n1. One?\n   **Answer:** First.\n2. Two?\n\n   **Answer:** Second.\n\n   More.\n3. Three?\n");

    assertThat(file.problems()).isEmpty();
    assertThat(file.questions().stream().map(Question::text).toList())
        .containsExactly("One?", "Two?", "Three?").inOrder();
    assertThat(file.question(0).answer().text()).hasValue("First.");
    assertThat(file.question(1).answer().text()).hasValue("Second.\n\n   More.");
    assertThat(file.question(2).answer().text()).isEmpty();
  }

  @Test
  void questionTextMaySpanSeveralBlocks() {
    CompiledFile file = CompiledFile.ofText(
        "## Q\n\n**Question:** Which one?\n\n1. this\n2. that\n\n**Answer:** That.\n");

    assertThat(file.problems()).isEmpty();
    assertThat(file.questions()).hasSize(1);
    assertThat(file.question(0).text()).isEqualTo("Which one?\n\n1. this\n2. that");
    assertThat(file.question(0).answer().text()).hasValue("That.");
  }

  @Test
  void markersAreMatchedWhateverTheirCaseAndStrongDelimiter() {
    CompiledFile file = CompiledFile.ofText("## Q\n\n__question:__ One?\n\n**ANSWER:** Yes.\n");

    assertThat(file.problems()).isEmpty();
    assertThat(file.question(0).text()).isEqualTo("One?");
    assertThat(file.question(0).answer().text()).hasValue("Yes.");
  }

  @Test
  void questionTextIsTheMarkdownSourceAsWritten() {
    CompiledFile file = CompiledFile.ofText(
        "## Q\n\n**Question:**   Why *this* `code` and [link](https://example.com)?  \n\n**Answer:** **Bold**.\n");

    assertThat(file.question(0).text()).isEqualTo("Why *this* `code` and [link](https://example.com)?");
    assertThat(file.question(0).answer().text()).hasValue("**Bold**.");
  }

  @Test
  void answerWithoutQuestionIsAnError() {
    CompiledFile file = CompiledFile.ofText("## Q\n\n**Question:** One?\n\n---\n\n**Answer:** Lost.\n");

    assertThat(file.problems()).containsExactly("7:1 answer-without-question");
  }

  @Test
  void everyQuestionOfAWholeFileIsRead() {
    List<String> texts = CompiledFile.ofResource("forms/answer-of-many-blocks.md").questions().stream()
        .map(Question::text).toList();

    assertThat(texts).containsExactly("How did he isolate the LoRA bug?", "What came next?").inOrder();
  }

  @Test
  void oneParagraphMayHoldSeveralEntriesOneMarkerALine() {
    CompiledFile file = CompiledFile.ofText("## Q\n\n**Question:** One?\n**Answer:** First.\n"
        + "**Question:** Two?\n**Answer:** Second,\non two lines.\n");

    assertThat(file.problems()).isEmpty();
    assertThat(file.questions().stream().map(Question::text).toList()).containsExactly("One?", "Two?").inOrder();
    assertThat(file.questions().stream().map(q -> q.answer().text().orElseThrow()).toList())
        .containsExactly("First.", "Second,\non two lines.").inOrder();
    assertThat(file.question(1).position().line()).isEqualTo(5);
  }

  @Test
  void dashesUnderADescriptionMakeNoCategory() {
    CompiledFile file = CompiledFile.ofText("## Deep Dive\n\nWhat this is.\n---\n\n**Question:** One?\n");

    assertThat(file.catalog().categories().stream().map(c -> c.title()).toList()).containsExactly("Deep Dive");
    assertThat(file.category("Deep Dive").description()).hasValue("What this is.");
    assertThat(file.problems()).containsExactly("4:1 setext-separator");
  }

  @Test
  void answerJoinedToANumberedItemBelongsToItAndASecondOneHasNoQuestion() {
    CompiledFile file = CompiledFile.ofText("## Q\n\n1. One?\n**Answer:** First.\n**Answer:** Again.\n");

    assertThat(file.question(0).text()).isEqualTo("One?");
    assertThat(file.question(0).answer().text()).hasValue("First.\n**Answer:** Again.");
    assertThat(file.problems()).containsExactly("5:1 answer-without-question");
  }
}
