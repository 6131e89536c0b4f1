package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.junit.jupiter.api.Test;

class FormatLintsTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private FormatLints lints(SourceFile source) {
    return new FormatLints(source, diagnostics);
  }

  private static Node firstBlock(SourceFile source) {
    return QuestionFileParser.markdownTree(source.text()).getFirstChild();
  }

  /** Every report as {@code "LINE:COL code: text"}, in file order. */
  private List<String> reports() {
    return diagnostics.inFileOrder().stream()
        .map(d -> d.position() + " " + d.message().code() + ": " + d.text()).toList();
  }

  private List<String> codes() {
    return diagnostics.inFileOrder().stream().map(d -> d.position() + " " + d.message().code()).toList();
  }

  private void nearMisses(String markdown) {
    SourceFile source = SourceFile.of(markdown);
    Node paragraph = firstBlock(source);
    lints(source).nearMissMarkers(paragraph, Spans.contentEnd(paragraph), Marker.startingLines(paragraph));
  }

  @Test
  void linesThatLookLikeAMarkerAreReportedWithTheMarkerMeant() {
    nearMisses("**Question**: One?\n**Answer:** real\n  Answer: two\n*Q:* three\n**Answer** four\nQuestions are fine\n");

    assertThat(reports()).containsExactly(
        "1:1 near-miss-marker: \"**Question**:\" looks like the **Question:** marker but is not read as one",
        "3:3 near-miss-marker: \"Answer:\" looks like the **Answer:** marker but is not read as one",
        "4:1 near-miss-marker: \"*Q:*\" looks like the **Question:** marker but is not read as one",
        "5:1 near-miss-marker: \"**Answer**\" looks like the **Answer:** marker but is not read as one").inOrder();
  }

  @Test
  void boldWithoutColonIsANearMissOnlyWhenAWordFollows() {
    nearMisses("**Answer**s are fine\n**Question**\n**Questionable** too\n");

    assertThat(codes()).containsExactly("2:1 near-miss-marker");
  }

  @Test
  void onlyTheTextUpToTheGivenEndIsChecked() {
    SourceFile source = SourceFile.of("Question: one\nAnswer: two\n");
    Node paragraph = firstBlock(source);

    lints(source).nearMissMarkers(paragraph, source.text().indexOf("Answer"), List.of());

    assertThat(codes()).containsExactly("1:1 near-miss-marker");
  }

  @Test
  void questionMarkersInsideListItemsAndQuotesAreReported() {
    SourceFile source = SourceFile.of("1. One?\n**Question:** joined\n\n> **Question:** quoted\n\n"
        + "- > - **Question:** deep\n\n- mid-line **Question:** is fine\n- **Answer:** is fine\n");
    FormatLints lints = lints(source);

    for (Node block = firstBlock(source); block != null; block = block.getNext()) {
      lints.nestedQuestionMarkers(block);
    }

    assertThat(codes()).containsExactly(
        "2:1 nested-question-marker", "4:3 nested-question-marker", "6:7 nested-question-marker").inOrder();
  }

  @Test
  void setextHeadingIsReportedAtItsUnderline() {
    SourceFile source = SourceFile.of("Text right above\n---\n");

    lints(source).setextSeparator((Heading) firstBlock(source));

    assertThat(codes()).containsExactly("2:1 setext-separator");
  }

  @Test
  void listItemsEndingInAQuestionMarkThatAQuestionSwallowsAreReportedWhenItCloses() {
    SourceFile source = SourceFile.of("1. Why?\n2. A statement.\n  3.  How?  \n\n1. And this?\n");
    FormatLints lints = lints(source);
    for (Node block = firstBlock(source); block != null; block = block.getNext()) {
      lints.listInOpenQuestion((OrderedList) block);
    }

    lints.questionClosed(new SourcePosition(40, 1), false);

    Diagnostic swallowed = diagnostics.inFileOrder().get(0);
    assertThat(codes()).containsExactly("1:1 swallowed-questions");
    assertThat(swallowed.text()).startsWith("3 numbered item(s) ending in '?' are read as part of the question on line 40");
  }

  @Test
  void aSeparatorEndsTheQuestionWithoutAReportAndEachQuestionCountsAnew() {
    SourceFile source = SourceFile.of("1. Why?\n");
    FormatLints lints = lints(source);
    lints.listInOpenQuestion((OrderedList) firstBlock(source));

    lints.questionClosed(new SourcePosition(1, 1), true);
    lints.questionClosed(new SourcePosition(9, 1), false);
    lints.listInOpenQuestion((OrderedList) firstBlock(source));
    lints.questionClosed(new SourcePosition(12, 1), false);

    assertThat(reports()).hasSize(1);
    assertThat(diagnostics.inFileOrder().get(0).text()).startsWith("1 numbered item(s) ending in '?' are read as"
        + " part of the question on line 12");
  }
}
