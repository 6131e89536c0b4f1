package io.github.qacatalog.processor.parse;

import static io.github.qacatalog.processor.parse.Spans.end;
import static io.github.qacatalog.processor.parse.Spans.start;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the paraphrases of a question: a {@code **Paraphrases:**} line that ends its paragraph,
 * between the question and its answer, and the bulleted list right below it, one paraphrase per
 * item. The parser hands it each marker it meets and, before anything else, each block that
 * follows one; where the list stands (at the top level, or inside a numbered item) makes no
 * difference here.
 *
 * <p>Markdown joins a line that follows an item without a blank line to that item's text, so an
 * {@code **Answer:**} written right under the list lands in its last item, and shows there when
 * the file is rendered. It is reported, with the blank line as the fix, rather than read as the
 * answer: the answer's blocks would then be read inside a list item, and mean something else
 * when the answer is written out on its own.
 */
final class ParaphraseReader {
  private final SourceFile source;
  private final Diagnostics diagnostics;
  /** The question whose marker was read last: the next block must be its list. Null otherwise. */
  private QuestionBuilder awaiting;

  ParaphraseReader(SourceFile source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads a {@code **Paraphrases:**} marker that starts a line of a paragraph ending at {@code
   * paragraphEnd}, for {@code question} (null when no question stands before it).
   */
  void markerRead(QuestionBuilder question, Node marker, int paragraphEnd) {
    SourcePosition at = source.positionOf(start(marker));
    if (question == null) {
      diagnostics.report(Message.PARAPHRASES_WITHOUT_QUESTION, at);
      return;
    }
    if (question.hasAnswer()) {
      diagnostics.report(Message.PARAPHRASES_AFTER_ANSWER, at);
      return;
    }
    if (question.paraphrases != null) {
      // Its list is still read, into the first, so that it is not reported again as stray text.
      diagnostics.report(Message.PARAPHRASES_TWICE, at, question.paraphrases.marker.line());
    } else {
      question.paraphrases = new ParaphraseList(start(marker), at);
    }
    if (WhiteSpace.skip(source.text(), end(marker), paragraphEnd) < paragraphEnd) {
      // Text or another marker after it on its paragraph: no list can follow it directly.
      diagnostics.report(Message.PARAPHRASES_WITHOUT_LIST, at);
    } else {
      awaiting = question;
    }
  }

  /**
   * Reads {@code block} as the list of the marker read last, if a marker waits for one; returns
   * the question whose list it read, or null when it read nothing. A block other than a bulleted
   * list after the marker is reported.
   */
  QuestionBuilder readsList(Node block) {
    if (awaiting == null) {
      return null;
    }
    QuestionBuilder question = awaiting;
    awaiting = null;
    if (!(block instanceof BulletList list)) {
      diagnostics.report(Message.PARAPHRASES_WITHOUT_LIST, question.paraphrases.marker);
      return null;
    }
    question.paraphrases.listRead = true;
    String text = source.text();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      SourcePosition position = source.positionOf(WhiteSpace.skipIndent(text, start(item)));
      Node first = item.getFirstChild();
      if (first == null) {
        question.paraphrases.add(end(item), end(item), position);
        continue;
      }
      reportMarkersIn(item);
      question.paraphrases.add(start(first), end(item.getLastChild()), position);
    }
    return question;
  }

  /**
   * Reports the {@code **Answer:**} and {@code **Paraphrases:**} markers that start a line of
   * {@code item}'s paragraphs. A {@code **Question:**} there is the nested-marker lint's.
   */
  private void reportMarkersIn(Node item) {
    for (Node block = item.getFirstChild(); block != null; block = block.getNext()) {
      if (!(block instanceof Paragraph)) {
        continue;
      }
      for (Node marker : Marker.startingLines(block)) {
        Marker kind = Marker.of(marker);
        if (kind != Marker.QUESTION) {
          diagnostics.report(Message.MARKER_IN_PARAPHRASE, source.positionOf(start(marker)), kind.display);
        }
      }
    }
  }

  /**
   * Reports {@code block} when it stands between the paraphrases of {@code question} and its
   * answer: it would belong to neither. A paragraph that starts with {@code **Answer:**} is the
   * answer.
   */
  void textAfterList(QuestionBuilder question, Node block) {
    if (question == null || question.paraphrases == null || !question.paraphrases.listRead || question.hasAnswer()) {
      return;
    }
    if (block instanceof Paragraph && Marker.of(block.getFirstChild()) == Marker.ANSWER) {
      return;
    }
    diagnostics.report(Message.TEXT_AFTER_PARAPHRASES, source.positionOf(WhiteSpace.skipIndent(source.text(), start(block))));
  }

  /** The file ended: a marker that still waits for its list has none. */
  void fileEnded() {
    if (awaiting != null) {
      diagnostics.report(Message.PARAPHRASES_WITHOUT_LIST, awaiting.paraphrases.marker);
      awaiting = null;
    }
  }
}
