package io.github.qacatalog.processor.parse;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@code ##} section being read; its description is offsets into the source until it is built. */
final class SectionBuilder {
  private final String title;
  private final int titleOffset;
  private final SourcePosition position;
  private final List<QuestionBuilder> questions = new ArrayList<>();
  private int descriptionStart = -1;
  private int descriptionEnd = -1;
  private boolean hasContent;

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

  /** A block from {@code start} to {@code end} that is no question: before the first question, it describes the section. */
  void addProse(int start, int end) {
    markHasContent();
    if (questions.isEmpty()) {
      if (descriptionStart < 0) {
        descriptionStart = start;
      }
      descriptionEnd = end;
    }
  }

  ParsedSection build(String text) {
    Optional<String> description = descriptionStart < 0
        ? Optional.empty()
        : Optional.of(WhiteSpace.stripped(text, descriptionStart, descriptionEnd)).filter(d -> !d.isEmpty());
    List<ParsedQuestion> built = new ArrayList<>(questions.size());
    for (QuestionBuilder question : questions) {
      built.add(question.build(text));
    }
    return new ParsedSection(title, titleOffset, position, description, built, !hasContent);
  }
}
