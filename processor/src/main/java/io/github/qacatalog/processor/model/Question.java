package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.parse.ParsedQuestion;
import java.util.Optional;

/**
 * A question with the Java names it gets.
 *
 * @param parsed the question as read from the file
 * @param constantName the name of its enum constant, for example {@code Q7}
 * @param id what {@code QaItem.id()} returns, unique in the catalog
 */
public record Question(ParsedQuestion parsed, String constantName, String id) {

  /** The written number, or 0 for a question without one. */
  public int number() {
    return parsed.number().orElse(0);
  }

  public String text() {
    return parsed.text();
  }

  /**
   * The answer's Markdown source, trimmed; empty when the file gives none, and when its {@code
   * **Answer:**} marker holds nothing (the validator tells those two apart).
   */
  public Optional<String> answer() {
    return parsed.answer().filter(answer -> !answer.isEmpty());
  }

  public SourcePosition position() {
    return parsed.position();
  }
}
