package io.github.qacatalog.processor.parse;

import static io.github.qacatalog.processor.parse.Spans.end;
import static io.github.qacatalog.processor.parse.Spans.start;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * The warnings for mistakes that the format invites and Markdown reads without complaint: a line
 * that looks like a marker but is none, a {@code **Question:**} inside a list item or quote, a
 * setext heading where a separator was meant, and numbered questions that an open question
 * swallows. Each would silently change what the file holds. The parser says when each applies.
 */
final class FormatLints {
  /**
   * The start of a line that was probably meant as a marker: the word with a colon, in or out of
   * emphasis ({@code **Question**:}, {@code *Answer:*}, {@code Answer:}, {@code **Q:**}), or the
   * word in bold with no colon ({@code **Answer** Reliability}). Lines that are real markers are
   * never matched against it.
   */
  private static final Pattern NEAR_MISS_MARKER = Pattern.compile(
      "(?:[*_]{1,3}[ \\t]*)?(?<word>(?i:question|answer|paraphrases?)|Q|A)[ \\t]*(?:[*_]{1,3}[ \\t]*)?:(?:[ \\t]*[*_]{1,3})?"
          + "|(?<stars>[*_]{1,3})(?<bare>(?i:question|answer|paraphrases?))\\k<stars>(?=[ \\t]|$)");

  private final SourceFile source;
  private final Diagnostics diagnostics;

  /** Items ending in {@code ?} of the lists inside the open question, and where the first starts. */
  private int questionLikeItems;
  private SourcePosition firstQuestionLikeItem;

  FormatLints(SourceFile source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /**
   * Reports lines of {@code paragraph} (up to {@code end}) that look like a marker but are not one,
   * such as {@code **Question**:} (colon outside the stars), {@code Answer:} without stars,
   * {@code **Q:**} or {@code **Answer:**text} (Markdown reads no bold there). {@code markers} are
   * the paragraph's real markers.
   */
  void nearMissMarkers(Node paragraph, int end, List<Node> markers) {
    String text = source.text();
    for (SourceSpan span : paragraph.getSourceSpans()) {
      int lineStart = WhiteSpace.skipIndent(text, span.getInputIndex());
      int lineEnd = Math.min(span.getInputIndex() + span.getLength(), end);
      if (lineStart >= lineEnd || !mayStartNearMiss(text.charAt(lineStart)) || startsMarker(markers, lineStart)) {
        continue;
      }
      Matcher nearMiss = NEAR_MISS_MARKER.matcher(text).region(lineStart, lineEnd);
      if (nearMiss.lookingAt()) {
        String word = nearMiss.group("word") != null ? nearMiss.group("word") : nearMiss.group("bare");
        Marker meant = word.equalsIgnoreCase("q") || word.equalsIgnoreCase("question") ? Marker.QUESTION
            : word.regionMatches(true, 0, "paraphrase", 0, 10) ? Marker.PARAPHRASES : Marker.ANSWER;
        diagnostics.report(Message.NEAR_MISS_MARKER, source.positionOf(lineStart), nearMiss.group().strip(),
            meant.display);
      }
    }
  }

  /** Whether one of {@code markers} starts at {@code offset}: a line that is a real marker. */
  private static boolean startsMarker(List<Node> markers, int offset) {
    for (Node marker : markers) {
      if (start(marker) == offset) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #NEAR_MISS_MARKER} can match a line starting with {@code c}: a cheap test before it. */
  private static boolean mayStartNearMiss(char c) {
    return c == '*' || c == '_' || c == 'Q' || c == 'q' || c == 'A' || c == 'a' || c == 'P' || c == 'p';
  }

  /**
   * Only paragraphs at the top level start questions. A {@code **Question:**} line inside a list
   * item or a quote of {@code block} (often a line that Markdown joined to the item above) would
   * silently become part of another text, so it is reported.
   */
  void nestedQuestionMarkers(Node block) {
    for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph) {
        for (Node marker : Marker.startingLines(child)) {
          if (Marker.of(marker) == Marker.QUESTION) {
            diagnostics.report(Message.NESTED_QUESTION_MARKER, source.positionOf(start(marker)));
          }
        }
      } else {
        nestedQuestionMarkers(child);
      }
    }
  }

  /**
   * "text\n---" is a setext heading in Markdown, but in this format --- separates, and only "## "
   * starts a category: the writer meant a paragraph followed by a separator.
   */
  void setextSeparator(Heading heading) {
    diagnostics.report(Message.SETEXT_SEPARATOR, source.positionOf(Spans.last(heading).getInputIndex()));
  }

  /** Notes the items of a list inside the open question that read like questions. */
  void listInOpenQuestion(OrderedList list) {
    String text = source.text();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item.getFirstChild() != null && endsWithQuestionMark(text, start(item), end(item.getLastChild()))) {
        if (questionLikeItems++ == 0) {
          firstQuestionLikeItem = source.positionOf(WhiteSpace.skipIndent(text, start(item)));
        }
      }
    }
  }

  private static boolean endsWithQuestionMark(String text, int from, int to) {
    int end = WhiteSpace.skipBack(text, from, to);
    return end > from && text.charAt(end - 1) == '?';
  }

  /**
   * The open question, which starts at {@code question}, ends. When it holds a numbered list of
   * questions and no {@code ---} ends it, the writer most likely forgot the separator before them.
   */
  void questionClosed(SourcePosition question, boolean bySeparator) {
    if (questionLikeItems > 0 && !bySeparator) {
      diagnostics.report(Message.SWALLOWED_QUESTIONS, firstQuestionLikeItem, questionLikeItems, question.line());
    }
    questionLikeItems = 0;
    firstQuestionLikeItem = null;
  }
}
