package io.github.qacatalog.processor.testing;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.model.Answer;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Question;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The property that no question is lost without a word: every line that a person reads as a
 * question, a numbered line ({@code 2. Why?}, {@code 2) Why?}) or a {@code **Question:**} line at
 * the margin (up to three spaces), after the first section's heading, is a question or has a
 * problem reported on it.
 *
 * <p>Lines that the format documents as no question are left out: lines in code, in HTML comments,
 * in quotes, in bullet lists and in lists nested in an item, and lines inside a question's
 * Question/Answer text or an answer (where a list belongs to the answer, and the swallowed-questions
 * warning has its own rule). The structure is commonmark's; the texts and places are the model's.
 */
public final class QuestionLikeLines {
  private static final Pattern QUESTION_LIKE = Pattern.compile(" {0,3}(?:\\d{1,9}[.)](?:[ \\t]|$)|\\*\\*Question:\\*\\*)");

  private QuestionLikeLines() {}

  /**
   * The 1-based lines of {@code text} (decoded, {@code \n} line ends, no byte-order mark) that read
   * as a question but are neither a question of {@code catalog} nor the line of a diagnostic.
   */
  public static List<Integer> unaccounted(String text, Catalog catalog, List<Diagnostic> diagnostics) {
    List<Integer> lost = new ArrayList<>();
    if (catalog.categories().isEmpty()) {
      return lost;
    }
    String[] lines = text.split("\n", -1);
    BitSet accounted = new BitSet(lines.length + 2);
    catalog.questions().forEach(q -> accounted.set(q.position().line()));
    diagnostics.forEach(d -> accounted.set(d.position().line()));
    BitSet passedOver = new BitSet(lines.length + 2);
    passOverStructure(Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(text), passedOver);
    for (Question question : catalog.questions()) {
      passOverTexts(question, passedOver);
    }
    int firstHeading = catalog.categories().get(0).position().line();
    for (int line = firstHeading + 1; line <= lines.length; line++) {
      if (!passedOver.get(line) && !accounted.get(line) && QUESTION_LIKE.matcher(lines[line - 1]).lookingAt()) {
        lost.add(line);
      }
    }
    return lost;
  }

  private static void passOverStructure(Node node, BitSet passedOver) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock || child instanceof BlockQuote
          || child instanceof HtmlBlock html && html.getLiteral().stripLeading().startsWith("<!--")
          || child instanceof ListItem && !isItemOfTopLevelNumberedList(child)) {
        for (SourceSpan span : child.getSourceSpans()) {
          passedOver.set(span.getLineIndex() + 1);
        }
      } else {
        passOverStructure(child, passedOver);
      }
    }
  }

  private static boolean isItemOfTopLevelNumberedList(Node item) {
    return item.getParent() instanceof OrderedList && item.getParent().getParent() instanceof Document;
  }

  /** A Question/Answer block's lines from its marker to the end of its text, and every answer's lines. */
  private static void passOverTexts(Question question, BitSet passedOver) {
    if (question.number().isEmpty()) {
      passedOver.set(question.position().line() + 1, lastLine(question.textStart().line(), question.text()) + 1);
    }
    if (question.answer() instanceof Answer.Written written) {
      int from = question.number().isEmpty() ? question.position().line() + 1 : written.start().line();
      passedOver.set(from, lastLine(written.start().line(), written.markdown()) + 1);
    }
  }

  private static int lastLine(int firstLine, String text) {
    return firstLine + (int) text.chars().filter(c -> c == '\n').count();
  }
}
