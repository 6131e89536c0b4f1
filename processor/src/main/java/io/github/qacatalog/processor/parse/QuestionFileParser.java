package io.github.qacatalog.processor.parse;

import static io.github.qacatalog.processor.parse.Spans.contentEnd;
import static io.github.qacatalog.processor.parse.Spans.end;
import static io.github.qacatalog.processor.parse.Spans.start;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the questions of a Markdown file. Two forms are questions:
 *
 * <ul>
 *   <li>the items of a numbered list ({@code 7. Why ...?}) that is not inside an answer; an
 *       {@code **Answer:**} right after the list, or starting a line of the item, answers it;
 *   <li>a {@code **Question:**} that starts a line of a top-level paragraph, whose answer starts
 *       with {@code **Answer:**} (in the next paragraph, or on a later line of the same one) and
 *       runs over every block until {@code ---}, the next question or the next heading.
 * </ul>
 *
 * <p>Either form may list paraphrases of its question between the question and its answer: a
 * {@code **Paraphrases:**} line and a bulleted list under it ({@link ParaphraseReader}).
 *
 * <p>Only {@code ## } starts a section, and only top-level blocks start questions: a marker in a
 * list item or quote is reported, never silently dropped. An {@code <!-- id: x -->} comment names
 * the question that directly follows it. Before the first heading nothing is a question: a title,
 * quotes and a system prompt between {@code ---} lines are passed over.
 *
 * <p>Texts are cut out of the source by commonmark's source spans, so they stay exactly as written.
 * Problems are reported to the {@link Diagnostics}; the parser itself never fails on any input.
 * This class walks commonmark's blocks; {@link Marker} recognises the markers, {@link IdComments}
 * reads the id comments and {@link FormatLints} warns of the format's likely mistakes.
 */
public final class QuestionFileParser {
  private final SourceFile source;
  private final Diagnostics diagnostics;
  private final IdComments ids;
  private final FormatLints lints;
  private final UnreadQuestions unreadQuestions;
  private final ParaphraseReader paraphrases;
  private final List<ParsedSection> sections = new ArrayList<>();

  private SectionBuilder section;
  private QuestionBuilder open;
  /**
   * The last question of the block just read when that block was a numbered list: an
   * {@code **Answer:**} that starts the next block answers it. Null after any other block.
   */
  private QuestionBuilder numberedQuestionBefore;
  private boolean inPromptFence;

  private QuestionFileParser(SourceFile source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
    this.ids = new IdComments(source, diagnostics);
    this.lints = new FormatLints(source, diagnostics);
    this.unreadQuestions = new UnreadQuestions(source, diagnostics);
    this.paraphrases = new ParaphraseReader(source, diagnostics);
  }

  public static ParsedDocument parse(SourceFile source, Diagnostics diagnostics) {
    return new QuestionFileParser(source, diagnostics).read();
  }

  /** The tree commonmark reads from {@code text}, with the source spans of blocks and inlines. */
  static Node markdownTree(String text) {
    return Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(text);
  }

  private ParsedDocument read() {
    Node document = markdownTree(source.text());
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      diagnostics.nowReading(positionOf(start(block)));
      ids.blockStarts();
      QuestionBuilder listed = paraphrases.readsList(block);
      QuestionBuilder lastNumbered = listed == null ? readBlock(block) : afterParaphrases(listed);
      if (section != null) {
        lints.nestedQuestionMarkers(block);
        unreadQuestions.check(block);
      }
      ids.blockEnded();
      numberedQuestionBefore = lastNumbered;
    }
    ids.notFollowedByQuestion();
    paraphrases.fileEnded();
    closeSection();
    return new ParsedDocument(source, sections);
  }

  /** After the paraphrases of a question that is not open, the next block may answer it, as after a numbered list. */
  private QuestionBuilder afterParaphrases(QuestionBuilder listed) {
    return open == null ? listed : null;
  }

  /** Reads one top-level block; returns the last of its numbered questions, or null when it has none. */
  private QuestionBuilder readBlock(Node block) {
    if (block instanceof Heading heading) {
      readHeading(heading);
    } else if (block instanceof ThematicBreak) {
      readSeparator();
    } else if (block instanceof Paragraph paragraph) {
      readParagraph(paragraph, contentEnd(paragraph));
    } else if (block instanceof OrderedList list && open == null && !inPromptFence) {
      return readNumberedQuestions(list);
    } else if (block instanceof HtmlBlock html && ids.read(html)) {
      return null;
    } else {
      addToOpenOrDescription(block);
    }
    return null;
  }

  private void readHeading(Heading heading) {
    if (isSetext(heading) && heading.getLevel() == 2) {
      if (section != null && !inPromptFence) {
        lints.setextSeparator(heading);
      }
      readParagraph(heading, contentEnd(heading));
      readSeparator();
      return;
    }
    closeQuestion();
    if (heading.getLevel() == 2) {
      closeSection();
      inPromptFence = false;
      section = new SectionBuilder(headingTitle(heading), titleOffset(heading), positionOf(start(heading)));
    } else {
      addToOpenOrDescription(heading);
    }
  }

  /** A {@code ---} ends the open question; before the first heading, it opens or closes a prompt. */
  private void readSeparator() {
    closeQuestion(true);
    if (section == null) {
      inPromptFence = !inPromptFence;
    }
  }

  /**
   * A paragraph may hold several entries, one a line: {@code **Question:** ...} on one line and
   * {@code **Answer:** ...} on the next, and so on. Each marker that starts a line starts a part
   * of its own; text before the first marker goes to whatever is open.
   */
  private void readParagraph(Node paragraph, int end) {
    List<Node> markers = Marker.startingLines(paragraph);
    // Before the first heading nothing is a question, so nothing there is a near miss.
    if (section != null) {
      lints.nearMissMarkers(paragraph, end, markers);
    }
    if (markers.isEmpty() || start(markers.get(0)) > start(paragraph.getFirstChild())) {
      ids.notFollowedByQuestion();
      int textEnd = markers.isEmpty() ? end : start(markers.get(0));
      addToOpenOrDescription(paragraph, textEnd);
    }
    for (int i = 0; i < markers.size(); i++) {
      Node marker = markers.get(i);
      int partEnd = i + 1 < markers.size() ? start(markers.get(i + 1)) : end;
      if (Marker.of(marker) == Marker.QUESTION) {
        readQuestionMarker(marker, partEnd);
      } else if (Marker.of(marker) == Marker.PARAPHRASES) {
        readParaphrasesMarker(marker, partEnd, end);
      } else {
        readAnswerMarker(marker, partEnd);
      }
    }
  }

  private void readQuestionMarker(Node marker, int end) {
    closeQuestion();
    if (section == null) {
      if (!inPromptFence) {
        diagnostics.report(Message.QUESTION_BEFORE_FIRST_HEADING, positionOf(start(marker)));
      }
      return;
    }
    open = new QuestionBuilder(OptionalInt.empty(), positionOf(start(marker)), ids.take());
    open.questionStart = end(marker);
    open.questionEnd = end;
    section.markHasContent();
  }

  private void readAnswerMarker(Node marker, int end) {
    if (section != null && open != null && !open.hasAnswer()) {
      open.startAnswer(end(marker), end);
    } else if (section != null && open == null && numberedQuestionBefore != null
        && !numberedQuestionBefore.hasAnswer()) {
      open = numberedQuestionBefore;
      open.startAnswer(end(marker), end);
    } else if (!inPromptFence) {
      diagnostics.report(Message.ANSWER_WITHOUT_QUESTION, positionOf(start(marker)));
    }
  }

  /**
   * Paraphrases follow the open question, or the last of the numbered questions just read. In an
   * answer, the marker is reported and its line stays answer text.
   */
  private void readParaphrasesMarker(Node marker, int partEnd, int paragraphEnd) {
    // An id names the question right after it; a list of paraphrases between them is no question.
    ids.notFollowedByQuestion();
    if (section == null) {
      if (!inPromptFence) {
        diagnostics.report(Message.PARAPHRASES_WITHOUT_QUESTION, positionOf(start(marker)));
      }
      return;
    }
    paraphrases.markerRead(open != null ? open : numberedQuestionBefore, marker, paragraphEnd);
    if (open != null && open.hasAnswer()) {
      open.extendTo(partEnd);
    }
  }

  /** Reads each item of {@code list} as a question; returns the last one, or null before the first heading. */
  private QuestionBuilder readNumberedQuestions(OrderedList list) {
    QuestionBuilder last = null;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      int markerOffset = WhiteSpace.skipIndent(source.text(), start(item));
      SourcePosition position = positionOf(markerOffset);
      if (section == null) {
        diagnostics.report(Message.QUESTION_BEFORE_FIRST_HEADING, position);
        continue;
      }
      QuestionBuilder question = new QuestionBuilder(OptionalInt.of(numberAt(markerOffset)), position, ids.take());
      Node firstBlock = item.getFirstChild();
      if (firstBlock == null) {
        question.questionStart = end(item);
        question.questionEnd = end(item);
      } else {
        question.questionStart = start(firstBlock);
        question.questionEnd = end(item.getLastChild());
        readAnswerInsideItem(question, firstBlock, end(item.getLastChild()));
      }
      section.add(question);
      section.markHasContent();
      last = question;
    }
    return last;
  }

  /**
   * An {@code **Answer:**} that starts a line of the item's own paragraphs (indented under a
   * numbered question, or joined to it as the next line) answers it. A second one has no question.
   */
  private void readAnswerInsideItem(QuestionBuilder question, Node firstBlock, int itemEnd) {
    for (Node block = firstBlock; block != null; block = block.getNext()) {
      if (paraphrases.readsList(block) != null) {
        continue;
      }
      paraphrases.textAfterList(question, block);
      if (!(block instanceof Paragraph)) {
        continue;
      }
      for (Node marker : Marker.startingLines(block)) {
        if (Marker.of(marker) == Marker.PARAPHRASES) {
          paraphrases.markerRead(question, marker, end(block));
        }
        if (Marker.of(marker) != Marker.ANSWER) {
          continue;
        }
        if (question.hasAnswer()) {
          diagnostics.report(Message.ANSWER_WITHOUT_QUESTION, positionOf(start(marker)));
        } else {
          question.questionEnd = start(marker);
          question.startAnswer(end(marker), itemEnd);
        }
      }
    }
  }

  private void addToOpenOrDescription(Node block) {
    addToOpenOrDescription(block, end(block));
  }

  private void addToOpenOrDescription(Node block, int end) {
    if (open != null) {
      paraphrases.textAfterList(open, block);
      open.extendTo(end);
      if (block instanceof OrderedList list) {
        lints.listInOpenQuestion(list);
      }
    } else if (section != null) {
      section.addProse(start(block), end);
    }
  }

  private void closeQuestion() {
    closeQuestion(false);
  }

  private void closeQuestion(boolean bySeparator) {
    if (open == null) {
      return;
    }
    lints.questionClosed(open.position, bySeparator);
    // A numbered question is in its section from the start; a **Question:** block joins it here.
    if (!open.inSection) {
      section.add(open);
    }
    open = null;
  }

  private void closeSection() {
    closeQuestion();
    if (section != null) {
      sections.add(section.build(source.text()));
    }
    section = null;
  }

  private boolean isSetext(Heading heading) {
    return source.text().charAt(WhiteSpace.skipIndent(source.text(), start(heading))) != '#';
  }

  private int titleOffset(Heading heading) {
    String text = source.text();
    return heading.getFirstChild() == null ? end(heading)
        : WhiteSpace.skip(text, start(heading.getFirstChild()), text.length());
  }

  private String headingTitle(Heading heading) {
    if (heading.getFirstChild() == null) {
      return "";
    }
    return WhiteSpace.stripped(source.text(), start(heading.getFirstChild()), contentEnd(heading));
  }

  private int numberAt(int offset) {
    String text = source.text();
    int end = offset;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return Integer.parseInt(text, offset, end, 10);
  }

  private SourcePosition positionOf(int offset) {
    return source.positionOf(offset);
  }
}
