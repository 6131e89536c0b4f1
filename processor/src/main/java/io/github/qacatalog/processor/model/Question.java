package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question as the file writes it, with the Java names it gets.
 *
 * @param number the number written before it ({@code 7.}), or empty for a {@code **Question:**} block
 * @param text the question's Markdown source as written, trimmed
 * @param textStart where the first character of {@code text} stands in the file
 * @param answer its answer, if any
 * @param position where the question starts: its number or its {@code **Question:**} marker
 * @param explicitId the id given in an {@code <!-- id: ... -->} comment before it, if any, as
 *     written: the validator checks it
 * @param constantName the name of its enum constant, for example {@code Q7}
 * @param id what {@code QaItem.id()} returns, unique in the catalog
 */
public record Question(
    OptionalInt number,
    String text,
    SourcePosition textStart,
    Answer answer,
    SourcePosition position,
    Optional<ExplicitId> explicitId,
    String constantName,
    String id) {

  /** An id written in the file, and where the id stands. */
  public record ExplicitId(String value, SourcePosition position) {}
}
