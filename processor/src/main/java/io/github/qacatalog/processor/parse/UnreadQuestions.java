package io.github.qacatalog.processor.parse;

import static io.github.qacatalog.processor.parse.Spans.start;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Finds the lines that a person reads as a question but Markdown reads as something else, so that
 * none is lost without a word: a numbered line joined to the paragraph above it (CommonMark lets
 * only a list that starts at 1 interrupt a paragraph, so {@code 2. Why?} right under a line of text
 * is text), a {@code **Question:**} line under which {@code ===} makes a heading, a question inside
 * an HTML block or after an HTML comment on its line, and a {@code **Question:**} line of a list
 * item or quote that Markdown does not read as bold. Reporting, not reading them as questions, keeps
 * the catalog what every Markdown viewer shows; and a wrapped line such as {@code 2019. It grew}
 * never becomes a question unasked. Code blocks and HTML comments are passed over: what is in them
 * was put there on purpose.
 */
final class UnreadQuestions {
  /** What would start a numbered list item were there a blank line before it. */
  private static final Pattern NUMBERED = Pattern.compile("\\d{1,9}[.)](?:[ \\t]|$)");
  private static final String QUESTION_MARKER = "**Question:**";
  private static final List<String> ANY_MARKER =
      List.of(QUESTION_MARKER, "**Answer:**", "**Paraphrases:**", "**Paraphrase:**");

  private static final String JOINED = "part of the text above it (a numbered list that starts at a number other"
      + " than 1 cannot interrupt a paragraph)";
  private static final String IN_HEADING = "part of a heading (a === line under text makes a heading)";
  private static final String IN_HTML = "part of an HTML block, which runs to the next blank line";
  private static final String AFTER_COMMENT = "part of the HTML comment's line";
  private static final String NOT_BOLD = "text (Markdown reads no bold marker at its start here)";
  private static final String AFTER_INVISIBLE = "text (an invisible U+000B or U+000C before it keeps Markdown from"
      + " reading its start)";

  private final SourceFile source;
  private final Diagnostics diagnostics;

  UnreadQuestions(SourceFile source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** Reports the unread questions of a top-level block of a section. */
  void check(Node block) {
    check(block, true);
  }

  private void check(Node block, boolean topLevel) {
    if (block instanceof Paragraph paragraph) {
      checkParagraph(paragraph, topLevel);
    } else if (block instanceof Heading heading) {
      checkHeading(heading, topLevel);
    } else if (block instanceof HtmlBlock html) {
      checkHtml(html);
    } else if (!(block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock)) {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        check(child, false);
      }
    }
  }

  /**
   * Every line of a paragraph that starts like a numbered item is text. A top-level paragraph's
   * {@code **Question:**} lines are questions, or near misses that FormatLints reports; in a list
   * item or quote, FormatLints reports those that are markers, and this the rest.
   */
  private void checkParagraph(Paragraph paragraph, boolean topLevel) {
    List<Node> markers = topLevel ? List.of() : Marker.startingLines(paragraph);
    for (SourceSpan span : paragraph.getSourceSpans()) {
      int lineStart = WhiteSpace.skipIndent(source.text(), span.getInputIndex());
      int lineEnd = span.getInputIndex() + span.getLength();
      int contentStart = WhiteSpace.skip(source.text(), lineStart, lineEnd);
      if (isNumbered(lineStart, lineEnd)) {
        report(lineStart, JOINED);
      } else if (!topLevel && startsWithMarker(lineStart, lineEnd) && !startsAny(markers, lineStart)) {
        report(lineStart, NOT_BOLD);
      } else if (contentStart > lineStart
          && (isNumbered(contentStart, lineEnd) || startsWithAnyMarker(contentStart))) {
        // A line feed cannot be inside a span's line, so what was skipped is a vertical tab or a form
        // feed: Markdown keeps them as text, and a text trimmed of them would read as a question.
        report(contentStart, AFTER_INVISIBLE);
      }
    }
  }

  /**
   * The parser reads a setext heading of level 2 ({@code text} over {@code ---}) at the top level
   * as a paragraph and a separator; every other heading of more than one line holds its lines.
   */
  private void checkHeading(Heading heading, boolean topLevel) {
    boolean readAsParagraph = topLevel && heading.getLevel() == 2;
    List<SourceSpan> spans = heading.getSourceSpans();
    if (spans.size() < 2) {
      return;
    }
    // The last span is the === or --- line.
    for (SourceSpan span : spans.subList(0, spans.size() - 1)) {
      int lineStart = WhiteSpace.skipIndent(source.text(), span.getInputIndex());
      int lineEnd = span.getInputIndex() + span.getLength();
      if (isNumbered(lineStart, lineEnd)) {
        report(lineStart, readAsParagraph ? JOINED : IN_HEADING);
      } else if (!readAsParagraph && startsWithMarker(lineStart, lineEnd)) {
        report(lineStart, IN_HEADING);
      }
    }
  }

  /**
   * An HTML comment's block ends on the line of its {@code -->}: what follows on that line is in the
   * block. Any other HTML block runs to the next blank line, and each of its lines is in it.
   */
  private void checkHtml(HtmlBlock html) {
    String text = source.text();
    List<SourceSpan> spans = html.getSourceSpans();
    int blockStart = WhiteSpace.skipIndent(text, start(html));
    if (text.startsWith("<!--", blockStart)) {
      int close = text.indexOf("-->", blockStart + 4);
      SourceSpan last = spans.get(spans.size() - 1);
      int lineEnd = last.getInputIndex() + last.getLength();
      if (close >= 0 && close + 3 <= lineEnd) {
        int after = WhiteSpace.skipIndent(text, close + 3);
        if (after < lineEnd && (isNumbered(after, lineEnd) || startsWithMarker(after, lineEnd))) {
          report(after, AFTER_COMMENT);
        }
      }
      return;
    }
    for (SourceSpan span : spans) {
      int lineStart = WhiteSpace.skipIndent(text, span.getInputIndex());
      int lineEnd = span.getInputIndex() + span.getLength();
      if (isNumbered(lineStart, lineEnd) || startsWithMarker(lineStart, lineEnd)) {
        report(lineStart, IN_HTML);
      }
    }
  }

  private boolean isNumbered(int lineStart, int lineEnd) {
    char first = lineStart < lineEnd ? source.text().charAt(lineStart) : ' ';
    return first >= '0' && first <= '9'
        && NUMBERED.matcher(source.text()).region(lineStart, lineEnd).lookingAt();
  }

  private boolean startsWithMarker(int lineStart, int lineEnd) {
    return lineEnd - lineStart >= QUESTION_MARKER.length() && source.text().startsWith(QUESTION_MARKER, lineStart);
  }

  /** Whether a marker of the format starts at {@code offset}: a question's, an answer's or paraphrases'. */
  private boolean startsWithAnyMarker(int offset) {
    for (String marker : ANY_MARKER) {
      if (source.text().startsWith(marker, offset)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAny(List<Node> markers, int offset) {
    for (Node marker : markers) {
      if (start(marker) == offset) {
        return true;
      }
    }
    return false;
  }

  private void report(int offset, String readAs) {
    diagnostics.report(Message.UNREAD_QUESTION, source.positionOf(offset), readAs);
  }
}
