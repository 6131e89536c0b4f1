package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class SpansTest {

  @Test
  void aBlockRunsFromItsFirstToItsLastCharacter() {
    String text = "\n  Two lines\n  of text.\n\nNext.\n";
    Node paragraph = QuestionFileParser.markdownTree(text).getFirstChild();

    assertThat(text.substring(Spans.start(paragraph), Spans.end(paragraph))).isEqualTo("  Two lines\n  of text.");
    assertThat(text.substring(Spans.last(paragraph).getInputIndex(), Spans.end(paragraph))).isEqualTo("  of text.");
    assertThat(Spans.contentEnd(paragraph)).isEqualTo(Spans.end(paragraph));
  }

  @Test
  void theContentOfASetextHeadingEndsBeforeItsUnderline() {
    String text = "Title\n  text\n---\n";
    Node heading = QuestionFileParser.markdownTree(text).getFirstChild();

    assertThat(text.substring(Spans.start(heading), Spans.contentEnd(heading))).isEqualTo("Title\n  text");
    assertThat(text.substring(Spans.start(heading), Spans.end(heading))).isEqualTo("Title\n  text\n---");
  }

  @Test
  void aHeadingWithoutTextEndsWhereItsLineEnds() {
    String text = "## \n";
    Node heading = QuestionFileParser.markdownTree(text).getFirstChild();

    assertThat(Spans.contentEnd(heading)).isEqualTo(3);
  }
}
