package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.testing.CompiledFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shape in which a line that reads as a question is not read as one is reported at that line. */
class UnreadQuestionsTest {

  @Test
  void numberedLinesRightUnderADescriptionAreReportedEachAtItsLine() {
    CompiledFile file = CompiledFile.ofText("## Tech\nQuestions about the stack.\n2. Which database do you use?\n3. Why Java?\n"
        + "\n## People\n\n4. Who?\n");

    assertThat(file.problems()).containsExactly("3:1 unread-question", "4:1 unread-question").inOrder();
    assertThat(file.diagnostics().get(0).text()).isEqualTo("this line reads as a question, but Markdown reads it as"
        + " part of the text above it (a numbered list that starts at a number other than 1 cannot interrupt a"
        + " paragraph): it is no question");
    assertThat(file.questions()).hasSize(1);
  }

  @Test
  void numberedLinesJoinedToTheLastSectionAreReported() {
    CompiledFile file = CompiledFile.ofText("## One\n\n1. Why?\n\n## Two\nAbout.\n2. How?\n");

    assertThat(file.problems()).containsExactly("7:1 unread-question");
  }

  @Test
  void aNumberedLineJoinedToAnAnswerIsReported() {
    assertThat(problems("**Question:** Why?\n**Answer:** Because.\n2. How?\n")).containsExactly("5:1 unread-question");
    assertThat(problems("1. Why?\n\n**Answer:** Because.\n2) How?\n")).containsExactly("6:1 unread-question");
  }

  @Test
  void aNumberedLineIndentedIntoTheQuestionAboveIsReported() {
    assertThat(problems("1. Why?\n   more\n   2. How?\n")).containsExactly("5:4 unread-question");
  }

  @Test
  void numberedLinesJoinedToItemsAndQuotesAreReported() {
    assertThat(problems("1. Why?\n\n- a point\n  2. How?\n")).containsExactly("6:3 unread-question");
    assertThat(problems("1. Why?\n\n> quoted\n> 2. How?\n")).containsExactly("6:3 unread-question");
    assertThat(problems("1. Why?\n\n[x]: http://x\n2. How?\n")).containsExactly("6:1 unread-question");
  }

  @Test
  void aNumberedLineThatIsTextCanBeEscaped() {
    assertThat(problems("About the project, which started in\n2019\\. It grew.\n\n1. Why?\n")).isEmpty();
  }

  @Test
  void aQuestionInAHeadingIsReported() {
    assertThat(problems("**Question:** Why?\n**Answer:** Because.\n===\n\n1. How?\n"))
        .containsExactly("3:1 unread-question");
    assertThat(problems("1. How?\n\nAbout.\n2. Why?\n===\n")).containsExactly("6:1 unread-question");
  }

  @Test
  void aNumberedLineAboveASeparatorIsReportedOnce() {
    assertThat(problems("About.\n2. Why?\n---\n\n1. How?\n"))
        .containsExactly("4:1 unread-question", "5:1 setext-separator").inOrder();
  }

  @Test
  void aQuestionInAnHtmlBlockIsReported() {
    assertThat(problems("<div>\n**Question:** Why?\n2. How?\n\n1. What?\n"))
        .containsExactly("4:1 unread-question", "5:1 unread-question").inOrder();
  }

  @Test
  void aQuestionAfterAnHtmlCommentOnItsLineIsReported() {
    assertThat(problems("<!-- id: a -->**Question:** Why?\n\n1. What?\n")).containsExactly("3:15 unread-question");
    assertThat(problems("<!-- a\nb -->2. Why?\n\n1. What?\n")).containsExactly("4:6 unread-question");
  }

  @Test
  void questionsInsideCommentsAndCodeArePassedOver() {
    assertThat(problems("<!--\n2. Why?\n**Question:** How?\n-->\n\n```\n3. What?\n```\n\n    4. Who?\n\n1. When?\n"))
        .isEmpty();
  }

  @Test
  void aQuestionMarkerThatIsNotBoldInAQuoteIsReported() {
    assertThat(problems("1. Why?\n\n> a\n**Question:**How?\n")).containsExactly("6:1 unread-question");
    // A marker that Markdown reads there is FormatLints' nested-question-marker, reported once.
    assertThat(problems("1. Why?\n\n> a\n**Question:** How?\n")).containsExactly("6:1 nested-question-marker");
  }

  @Test
  void questionsReadAsQuestionsAreNotReported() {
    assertThat(problems("About.\n\n1. Why?\n2. How?\n\n**Question:** What?\n**Answer:** That.\n\n---\n\n3. Who?\n"))
        .isEmpty();
  }

  @Test
  void aQuestionAfterAnInvisibleVerticalTabOrFormFeedIsReported() {
    // Found by fuzzing the export's round trip: the description, trimmed on the way out, came back
    // as a second question.
    CompiledFile file = CompiledFile.ofText("## S\n\n\u000b**Question:** Who\n\n**Question:** What\n");

    assertThat(file.problems()).containsExactly("3:2 unread-question");
    assertThat(file.questions()).hasSize(1);
    assertThat(problems("1. Why?\n\n\f2. How?\n")).containsExactly("5:2 unread-question");
    assertThat(problems("1. Why?\n\n\u000b**Answer:** Because.\n")).containsExactly("5:2 unread-question");
    assertThat(problems("1. Why?\n\n\u000b**Paraphrases:**\n- How come?\n")).contains("5:2 unread-question");
  }

  @Test
  void beforeTheFirstHeadingNothingIsReported() {
    CompiledFile file = CompiledFile.ofText("# Title\nIntro.\n2. Not a question here.\n\n## Tech\n\n1. Why?\n");

    assertThat(file.problems()).isEmpty();
  }

  /** The problems of a file of one section, {@code ## Tech} and a blank line above {@code body}. */
  private static List<String> problems(String body) {
    return CompiledFile.ofText("## Tech\n\n" + body).problems();
  }
}
