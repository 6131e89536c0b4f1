package io.github.qacatalog.processor.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The markers of the Question/Answer form, and the one that opens a question's paraphrases, as
 * commonmark reads them: bold text that ends in a colon, the word before it in any case, white
 * space around either allowed ({@code **Question:**}, {@code ** answer : **}); {@code
 * **Paraphrase:**} is {@link #PARAPHRASES} too.
 */
enum Marker {
  QUESTION("**Question:**"),
  ANSWER("**Answer:**"),
  PARAPHRASES("**Paraphrases:**");

  /** The singular that {@link #PARAPHRASES} also answers to, for a question with one paraphrase. */
  private static final String ONE_PARAPHRASE = "PARAPHRASE";

  /** The marker as the format asks it to be written. */
  final String display;

  Marker(String display) {
    this.display = display;
  }

  /** The marker that {@code inline} is, or null when it is none (or is null). */
  static Marker of(Node inline) {
    if (inline instanceof StrongEmphasis strong && mayEndWithColon(strong)) {
      String text = literal(strong);
      int end = WhiteSpace.skipBack(text, 0, text.length());
      if (end > 0 && text.charAt(end - 1) == ':') {
        int wordStart = WhiteSpace.skip(text, 0, end - 1);
        return named(text, wordStart, WhiteSpace.skipBack(text, wordStart, end - 1));
      }
    }
    return null;
  }

  /** The markers that start a line of a paragraph, in order. */
  static List<Node> startingLines(Node paragraph) {
    List<Node> markers = List.of();
    Node first = paragraph.getFirstChild();
    if (of(first) != null) {
      markers = added(markers, first);
    }
    for (Node node = first; node != null; node = node.getNext()) {
      if ((node instanceof SoftLineBreak || node instanceof HardLineBreak) && of(node.getNext()) != null) {
        markers = added(markers, node.getNext());
      }
    }
    return markers;
  }

  /** {@code markers} with {@code marker} added: most paragraphs hold none and share the empty list. */
  private static List<Node> added(List<Node> markers, Node marker) {
    List<Node> result = markers.isEmpty() ? new ArrayList<>() : markers;
    result.add(marker);
    return result;
  }

  /** The marker whose name is {@code text[from, to)} in any case, or null; nothing is copied. */
  private static Marker named(String text, int from, int to) {
    for (Marker marker : values()) {
      String name = marker.name();
      if (name.length() == to - from && text.regionMatches(true, from, name, 0, name.length())) {
        return marker;
      }
    }
    if (ONE_PARAPHRASE.length() == to - from && text.regionMatches(true, from, ONE_PARAPHRASE, 0, to - from)) {
      return PARAPHRASES;
    }
    return null;
  }

  /**
   * False when the bold text surely does not end in {@code :}, told by its last text alone, so that
   * the text of ordinary bold words is never assembled.
   */
  private static boolean mayEndWithColon(StrongEmphasis strong) {
    if (!(strong.getLastChild() instanceof Text last)) {
      return true;
    }
    String literal = last.getLiteral();
    int end = WhiteSpace.skipBack(literal, 0, literal.length());
    return end == 0 || literal.charAt(end - 1) == ':';
  }

  private static String literal(Node node) {
    if (node.getFirstChild() instanceof Text only && only.getNext() == null) {
      return only.getLiteral();
    }
    StringBuilder text = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        text.append(t.getLiteral());
      } else {
        text.append(literal(child));
      }
    }
    return text.toString();
  }
}
