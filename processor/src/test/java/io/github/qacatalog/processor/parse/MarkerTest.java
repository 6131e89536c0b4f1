package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class MarkerTest {

  /** What the first inline of {@code markdown}'s first paragraph is as a marker. */
  private static Marker firstInline(String markdown) {
    return Marker.of(QuestionFileParser.markdownTree(markdown).getFirstChild().getFirstChild());
  }

  private static List<String> markersStartingLines(String markdown) {
    Node paragraph = QuestionFileParser.markdownTree(markdown).getFirstChild();
    return Marker.startingLines(paragraph).stream().map(m -> ((Text) m.getFirstChild()).getLiteral()).toList();
  }

  @Test
  void boldWordWithTheColonInsideIsAMarkerInAnyCase() {
    assertThat(firstInline("**Question:** Why?")).isEqualTo(Marker.QUESTION);
    assertThat(firstInline("**Answer:** Yes.")).isEqualTo(Marker.ANSWER);
    assertThat(firstInline("**QUESTION:** Why?")).isEqualTo(Marker.QUESTION);
    assertThat(firstInline("__answer:__ Yes.")).isEqualTo(Marker.ANSWER);
    assertThat(firstInline("**Question :** Why?")).isEqualTo(Marker.QUESTION);
  }

  @Test
  void boldTextOfSeveralInlinesIsReadWhole() {
    assertThat(firstInline("**Ques*tion*:** Why?")).isEqualTo(Marker.QUESTION);
    assertThat(firstInline("**An*swer* :** Yes.")).isEqualTo(Marker.ANSWER);
  }

  @Test
  void otherBoldTextAndNearMissesAreNoMarker() {
    assertThat(firstInline("**Question**: Why?")).isNull();
    assertThat(firstInline("*Question:* Why?")).isNull();
    assertThat(firstInline("***Question:*** Why?")).isNull();
    assertThat(firstInline("**Q:** Why?")).isNull();
    assertThat(firstInline("**Questions:** Why?")).isNull();
    assertThat(firstInline("**Question** Why?")).isNull();
    assertThat(firstInline("**Question: why** not")).isNull();
    assertThat(firstInline("**:** Why?")).isNull();
    assertThat(firstInline("**Question:**Why? (Markdown reads no bold here)")).isNull();
    assertThat(firstInline("Question: Why?")).isNull();
    assertThat(firstInline("`**Question:**` Why?")).isNull();
    assertThat(Marker.of(null)).isNull();
  }

  @Test
  void markersThatStartALineAreFoundAndOthersAreNot() {
    assertThat(markersStartingLines("**Question:** One?\n**Answer:** Yes.\nText **Question:** mid-line.\n"
        + "**Answer:** after a hard break  \n**Question:** Two?\n"))
        .containsExactly("Question:", "Answer:", "Answer:", "Question:").inOrder();
    assertThat(markersStartingLines("Text first\n**Answer:** Yes.\n")).containsExactly("Answer:");
    assertThat(markersStartingLines("No marker, **bold** only.\n")).isEmpty();
  }

  @Test
  void eachMarkerShowsHowItIsWritten() {
    assertThat(Marker.QUESTION.display).isEqualTo("**Question:**");
    assertThat(Marker.ANSWER.display).isEqualTo("**Answer:**");
  }
}
