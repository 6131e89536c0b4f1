package io.github.qacatalog.processor.parse;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
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
 * <p>Only {@code ## } starts a section, and only top-level blocks start questions: a marker in a
 * list item or quote is reported, never silently dropped. An {@code <!-- id: x -->} comment names
 * the question that directly follows it. Before the first heading nothing is a question: a title,
 * quotes and a system prompt between {@code ---} lines are passed over.
 *
 * <p>Texts are cut out of the source by commonmark's source spans, so they stay exactly as written.
 * Problems are reported to the {@link Diagnostics}; the parser itself never fails on any input.
 */
public final class QuestionFileParser {
  private static final Pattern ID_COMMENT =
      Pattern.compile("\\A\\s*<!--\\s*id\\s*:(.*?)-->\\s*\\z", Pattern.DOTALL);

  /**
   * The start of a line that was probably meant as a marker: the word with a colon, in or out of
   * emphasis ({@code **Question**:}, {@code *Answer:*}, {@code Answer:}, {@code **Q:**}), or the
   * word in bold with no colon ({@code **Answer** Reliability}). Lines that are real markers are
   * never matched against it.
   */
  private static final Pattern NEAR_MISS_MARKER = Pattern.compile(
      "(?:[*_]{1,3}[ \\t]*)?(?<word>(?i:question|answer)|Q|A)[ \\t]*(?:[*_]{1,3}[ \\t]*)?:(?:[ \\t]*[*_]{1,3})?"
          + "|(?<stars>[*_]{1,3})(?<bare>(?i:question|answer))\\k<stars>(?=[ \\t]|$)");

  private final SourceFile source;
  private final Diagnostics diagnostics;
  private final List<ParsedSection> sections = new ArrayList<>();

  private SectionBuilder section;
  private QuestionBuilder open;
  private QuestionBuilder lastListQuestion;
  private ParsedQuestion.ExplicitId pendingId;
  private boolean inPromptFence;

  private QuestionFileParser(SourceFile source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  public static ParsedDocument parse(SourceFile source, Diagnostics diagnostics) {
    return new QuestionFileParser(source, diagnostics).read();
  }

  private ParsedDocument read() {
    Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    Node document = markdown.parse(source.text());
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      QuestionBuilder listQuestionBefore = lastListQuestion;
      lastListQuestion = null;
      diagnostics.nowReading(positionOf(start(block)));
      ParsedQuestion.ExplicitId idBefore = pendingId;
      readBlock(block, listQuestionBefore);
      if (section != null) {
        checkNestedQuestionMarkers(block);
      }
      if (idBefore != null && pendingId == idBefore) {
        reportUnusedId();
      }
    }
    if (pendingId != null) {
      reportUnusedId();
    }
    closeSection();
    return new ParsedDocument(source, sections);
  }

  private void readBlock(Node block, QuestionBuilder listQuestionBefore) {
    if (block instanceof Heading heading) {
      readHeading(heading, listQuestionBefore);
    } else if (block instanceof ThematicBreak) {
      readSeparator();
    } else if (block instanceof Paragraph paragraph) {
      readParagraph(paragraph, contentEnd(paragraph), listQuestionBefore);
    } else if (block instanceof OrderedList list && open == null && !inPromptFence) {
      readNumberedQuestions(list);
    } else if (block instanceof HtmlBlock html && readIdComment(html)) {
      return;
    } else {
      addToOpenOrDescription(block);
    }
  }

  private void readHeading(Heading heading, QuestionBuilder listQuestionBefore) {
    if (isSetext(heading) && heading.getLevel() == 2) {
      // "text\n---" is a setext heading in Markdown, but in this format --- separates, and only
      // "## " starts a category: the writer meant a paragraph followed by a separator.
      if (section != null && !inPromptFence) {
        diagnostics.report(Message.SETEXT_SEPARATOR, positionOf(lastSpan(heading).getInputIndex()));
      }
      readParagraph(heading, contentEnd(heading), listQuestionBefore);
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
  private void readParagraph(Node paragraph, int end, QuestionBuilder listQuestionBefore) {
    List<Node> markers = markersStartingLines(paragraph);
    checkNearMisses(paragraph, end, markers);
    if (markers.isEmpty() || start(markers.get(0)) > start(paragraph.getFirstChild())) {
      if (pendingId != null) {
        reportUnusedId();
      }
      int textEnd = markers.isEmpty() ? end : start(markers.get(0));
      addToOpenOrDescription(paragraph, textEnd);
    }
    for (int i = 0; i < markers.size(); i++) {
      Node marker = markers.get(i);
      int partEnd = i + 1 < markers.size() ? start(markers.get(i + 1)) : end;
      if (marker(marker) == Marker.QUESTION) {
        readQuestionMarker(marker, partEnd);
      } else {
        readAnswerMarker(marker, partEnd, listQuestionBefore);
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
    open = new QuestionBuilder(OptionalInt.empty(), positionOf(start(marker)), takePendingId());
    open.questionStart = end(marker);
    open.questionEnd = end;
    section.markHasContent();
  }

  private void readAnswerMarker(Node marker, int end, QuestionBuilder listQuestionBefore) {
    if (section != null && open != null && !open.hasAnswer()) {
      open.startAnswer(end(marker), end);
    } else if (section != null && open == null && listQuestionBefore != null
        && !listQuestionBefore.hasAnswer()) {
      open = listQuestionBefore;
      open.startAnswer(end(marker), end);
    } else if (!inPromptFence) {
      diagnostics.report(Message.ANSWER_WITHOUT_QUESTION, positionOf(start(marker)));
    }
  }

  /**
   * Only paragraphs at the top level start questions. A {@code **Question:**} line inside a list
   * item or a quote (often a line that Markdown joined to the item above) would silently become
   * part of another text, so it is reported.
   */
  private void checkNestedQuestionMarkers(Node block) {
    for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph) {
        for (Node marker : markersStartingLines(child)) {
          if (marker(marker) == Marker.QUESTION) {
            diagnostics.report(Message.NESTED_QUESTION_MARKER, positionOf(start(marker)));
          }
        }
      } else {
        checkNestedQuestionMarkers(child);
      }
    }
  }

  /** The {@code **Question:**} and {@code **Answer:**} markers that start a line of a paragraph. */
  private static List<Node> markersStartingLines(Node paragraph) {
    List<Node> markers = List.of();
    Node first = paragraph.getFirstChild();
    if (marker(first) != null) {
      markers = added(markers, first);
    }
    for (Node node = first; node != null; node = node.getNext()) {
      if ((node instanceof SoftLineBreak || node instanceof HardLineBreak) && marker(node.getNext()) != null) {
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

  private void readNumberedQuestions(OrderedList list) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      int markerOffset = skipSpaces(start(item));
      SourcePosition position = positionOf(markerOffset);
      if (section == null) {
        diagnostics.report(Message.QUESTION_BEFORE_FIRST_HEADING, position);
        continue;
      }
      QuestionBuilder question = new QuestionBuilder(
          OptionalInt.of(numberAt(markerOffset)), position, takePendingId());
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
      lastListQuestion = question;
    }
  }

  /**
   * An {@code **Answer:**} that starts a line of the item's own paragraphs (indented under a
   * numbered question, or joined to it as the next line) answers it. A second one has no question.
   */
  private void readAnswerInsideItem(QuestionBuilder question, Node firstBlock, int itemEnd) {
    for (Node block = firstBlock; block != null; block = block.getNext()) {
      if (!(block instanceof Paragraph)) {
        continue;
      }
      for (Node marker : markersStartingLines(block)) {
        if (marker(marker) != Marker.ANSWER) {
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

  private boolean readIdComment(HtmlBlock html) {
    Matcher matcher = ID_COMMENT.matcher(html.getLiteral());
    if (!matcher.matches()) {
      return false;
    }
    if (pendingId != null) {
      reportUnusedId();
    }
    String id = matcher.group(1).strip();
    int idOffset = start(html) + matcher.start(1) + leadingWhiteSpace(matcher.group(1));
    String problem = idProblem(id);
    if (problem != null) {
      diagnostics.report(Message.INVALID_ID, positionOf(id.isEmpty() ? start(html) : idOffset), id, problem);
      return true;
    }
    pendingId = new ParsedQuestion.ExplicitId(id, positionOf(idOffset));
    return true;
  }

  /** Why {@code id} cannot be an id, or null. The validator checks the constant it gives. */
  private static String idProblem(String id) {
    if (id.isEmpty()) {
      return "it is empty";
    }
    int bad = id.codePoints()
        .filter(c -> !Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.')
        .findFirst().orElse(-1);
    if (bad < 0) {
      return null;
    }
    return Character.isWhitespace(bad) ? "it contains white space" : "it contains '" + Character.toString(bad) + "'";
  }

  /** An id comment that no question follows directly would silently name nothing. */
  private void reportUnusedId() {
    diagnostics.report(Message.ID_WITHOUT_QUESTION, pendingId.position(), pendingId.value());
    pendingId = null;
  }

  private static int leadingWhiteSpace(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private void addToOpenOrDescription(Node block) {
    addToOpenOrDescription(block, end(block));
  }

  private void addToOpenOrDescription(Node block, int end) {
    if (open != null) {
      open.extendTo(end);
      if (block instanceof OrderedList list) {
        noteQuestionLikeItems(list);
      }
    } else if (section != null) {
      section.markHasContent();
      if (section.questions.isEmpty()) {
        if (section.descriptionStart < 0) {
          section.descriptionStart = start(block);
        }
        section.descriptionEnd = end;
      }
    }
  }

  private ParsedQuestion.ExplicitId takePendingId() {
    ParsedQuestion.ExplicitId id = pendingId;
    pendingId = null;
    return id;
  }

  private void closeQuestion() {
    closeQuestion(false);
  }

  /**
   * Ends the open question. When it holds a numbered list of questions and no {@code ---} ends
   * it, the writer most likely forgot the separator before new questions.
   */
  private void closeQuestion(boolean bySeparator) {
    if (open != null && open.questionLikeItems > 0 && !bySeparator) {
      diagnostics.report(Message.SWALLOWED_QUESTIONS, open.firstQuestionLikeItem, open.questionLikeItems,
          open.position.line());
    }
    // A numbered question is in its section from the start; a **Question:** block joins it here.
    if (open != null && !open.inSection) {
      section.add(open);
    }
    open = null;
  }

  private void noteQuestionLikeItems(OrderedList list) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item.getFirstChild() != null
          && source.text().substring(start(item), end(item.getLastChild())).strip().endsWith("?")) {
        if (open.questionLikeItems++ == 0) {
          open.firstQuestionLikeItem = positionOf(skipSpaces(start(item)));
        }
      }
    }
  }

  private void closeSection() {
    closeQuestion();
    if (section != null) {
      sections.add(section.build());
    }
    section = null;
  }

  /**
   * Reports lines that look like a marker but are not one, such as {@code **Question**:} (colon
   * outside the stars), {@code Answer:} without stars, {@code **Q:**} or {@code **Answer:**text}
   * (Markdown reads no bold there). Such a line would silently become part of the text around it.
   * Before the first heading nothing is a question, so nothing is checked there.
   */
  private void checkNearMisses(Node paragraph, int end, List<Node> markers) {
    if (section == null) {
      return;
    }
    String text = source.text();
    for (SourceSpan span : paragraph.getSourceSpans()) {
      int lineStart = skipSpaces(span.getInputIndex());
      int lineEnd = Math.min(span.getInputIndex() + span.getLength(), end);
      if (lineStart >= lineEnd || !mayStartNearMiss(text.charAt(lineStart)) || startsMarker(markers, lineStart)) {
        continue;
      }
      Matcher nearMiss = NEAR_MISS_MARKER.matcher(source.text()).region(lineStart, lineEnd);
      if (nearMiss.lookingAt()) {
        String word = nearMiss.group("word") != null ? nearMiss.group("word") : nearMiss.group("bare");
        Marker meant = word.equalsIgnoreCase("q") || word.equalsIgnoreCase("question") ? Marker.QUESTION : Marker.ANSWER;
        diagnostics.report(Message.NEAR_MISS_MARKER, positionOf(lineStart), nearMiss.group().strip(), meant.display);
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
    return c == '*' || c == '_' || c == 'Q' || c == 'q' || c == 'A' || c == 'a';
  }

  private static Marker marker(Node inline) {
    if (inline instanceof StrongEmphasis strong && mayEndWithColon(strong)) {
      String text = literal(strong).strip();
      if (text.endsWith(":")) {
        return Marker.named(text.substring(0, text.length() - 1).strip());
      }
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
    for (int i = literal.length() - 1; i >= 0; i--) {
      if (!Character.isWhitespace(literal.charAt(i))) {
        return literal.charAt(i) == ':';
      }
    }
    return true;
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

  private boolean isSetext(Heading heading) {
    return source.text().charAt(skipSpaces(start(heading))) != '#';
  }

  private int titleOffset(Heading heading) {
    return heading.getFirstChild() == null ? end(heading) : skipWhiteSpace(start(heading.getFirstChild()));
  }

  private int skipWhiteSpace(int offset) {
    while (offset < source.text().length() && Character.isWhitespace(source.text().charAt(offset))) {
      offset++;
    }
    return offset;
  }

  private String headingTitle(Heading heading) {
    if (heading.getFirstChild() == null) {
      return "";
    }
    return stripped(source.text(), start(heading.getFirstChild()), contentEnd(heading));
  }

  /**
   * {@code text.substring(from, to)} without the white space Markdown itself skips around a block
   * (space, tab, line ends, form feed). Not {@link String#strip()}: a text that ends in U+2028 or
   * U+001F keeps it, as Markdown does, so that "##" followed by one is not shortened into a heading.
   */
  private static String stripped(String text, int from, int to) {
    int start = firstNonBlank(text, from, to);
    int end = to;
    while (end > start && isMarkdownSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static int firstNonBlank(String text, int from, int to) {
    int i = from;
    while (i < to && isMarkdownSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isMarkdownSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private int numberAt(int offset) {
    int end = offset;
    while (end < source.text().length() && Character.isDigit(source.text().charAt(end))) {
      end++;
    }
    return Integer.parseInt(source.text(), offset, end, 10);
  }

  private int skipSpaces(int offset) {
    String text = source.text();
    while (offset < text.length() && (text.charAt(offset) == ' ' || text.charAt(offset) == '\t')) {
      offset++;
    }
    return offset;
  }

  private SourcePosition positionOf(int offset) {
    return source.positionOf(offset);
  }

  private static int start(Node node) {
    return node.getSourceSpans().get(0).getInputIndex();
  }

  private static int end(Node node) {
    SourceSpan last = lastSpan(node);
    return last.getInputIndex() + last.getLength();
  }

  private static SourceSpan lastSpan(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.get(spans.size() - 1);
  }

  /** End of a leaf block's inline content: excludes a setext heading's underline. */
  private static int contentEnd(Node leafBlock) {
    Node last = leafBlock.getLastChild();
    return last == null || last.getSourceSpans().isEmpty() ? end(leafBlock) : end(last);
  }

  private enum Marker {
    QUESTION("**Question:**"),
    ANSWER("**Answer:**");

    final String display;

    Marker(String display) {
      this.display = display;
    }

    static Marker named(String word) {
      for (Marker marker : values()) {
        if (marker.name().equalsIgnoreCase(word)) {
          return marker;
        }
      }
      return null;
    }
  }

  /** A question being read; its text and answer are offsets until the section is built. */
  private final class QuestionBuilder {
    final OptionalInt number;
    final SourcePosition position;
    final ParsedQuestion.ExplicitId explicitId;
    int questionStart = -1;
    int questionEnd = -1;
    int answerStart = -1;
    int answerEnd = -1;
    int questionLikeItems;
    SourcePosition firstQuestionLikeItem;
    boolean inSection;

    QuestionBuilder(OptionalInt number, SourcePosition position, ParsedQuestion.ExplicitId explicitId) {
      this.number = number;
      this.position = position;
      this.explicitId = explicitId;
    }

    boolean hasAnswer() {
      return answerStart >= 0;
    }

    void startAnswer(int start, int end) {
      answerStart = start;
      answerEnd = end;
    }

    void extendTo(int end) {
      if (hasAnswer()) {
        answerEnd = end;
      } else {
        questionEnd = end;
      }
    }

    ParsedQuestion build() {
      String text = source.text();
      int textOffset = firstNonBlank(text, questionStart, questionEnd);
      String question = stripped(text, questionStart, questionEnd);
      Optional<String> answer = hasAnswer()
          ? Optional.of(stripped(text, answerStart, answerEnd))
          : Optional.empty();
      int answerOffset = hasAnswer() ? firstNonBlank(text, answerStart, answerEnd) : -1;
      return new ParsedQuestion(number, question, textOffset, answer, answerOffset, position,
          Optional.ofNullable(explicitId));
    }
  }

  private final class SectionBuilder {
    final String title;
    final int titleOffset;
    final SourcePosition position;
    final List<QuestionBuilder> questions = new ArrayList<>();
    int descriptionStart = -1;
    int descriptionEnd = -1;
    boolean hasContent;

    SectionBuilder(String title, int titleOffset, SourcePosition position) {
      this.title = title;
      this.titleOffset = titleOffset;
      this.position = position;
    }

    void markHasContent() {
      hasContent = true;
    }

    void add(QuestionBuilder question) {
      questions.add(question);
      question.inSection = true;
    }

    ParsedSection build() {
      Optional<String> description = descriptionStart < 0
          ? Optional.empty()
          : Optional.of(stripped(source.text(), descriptionStart, descriptionEnd))
              .filter(d -> !d.isEmpty());
      return new ParsedSection(title, titleOffset, position, description,
          questions.stream().map(QuestionBuilder::build).toList(), !hasContent);
    }
  }
}
