package io.github.qacatalog.processor.parse;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A {@code ##} section of the file.
 *
 * @param title the heading text as written, trimmed, without the {@code ##} marker
 * @param titleOffset offset of the first character of {@code title} in the source file
 * @param position where the heading starts
 * @param description the Markdown between the heading and the first question, trimmed, if any
 * @param questions the questions in file order; empty for a prose section
 * @param blank whether the section holds nothing at all, not even prose
 */
public record ParsedSection(
    String title,
    int titleOffset,
    SourcePosition position,
    Optional<String> description,
    List<ParsedQuestion> questions,
    boolean blank) {

  public ParsedSection {
    questions = List.copyOf(questions);
  }
}
