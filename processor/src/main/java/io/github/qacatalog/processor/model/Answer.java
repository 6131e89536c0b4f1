package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.Optional;

/**
 * A question's answer, in the one form every later stage reads: the file gives none ({@link
 * None}: no {@code **Answer:**} marker), an empty one ({@link Empty}: the marker with nothing
 * after it), or its text ({@link Written}). Told apart once, when the catalog is built.
 */
public sealed interface Answer {
  /** No {@code **Answer:**} marker. */
  Answer NONE = new None();

  /** An {@code **Answer:**} marker with nothing after it. */
  Answer EMPTY = new Empty();

  /** See {@link #NONE}. */
  record None() implements Answer {}

  /** See {@link #EMPTY}. */
  record Empty() implements Answer {}

  /**
   * An answer with text.
   *
   * @param markdown the answer's Markdown source as written, trimmed; never empty
   * @param start where its first character stands in the file
   */
  record Written(String markdown, SourcePosition start) implements Answer {}

  /** The answer's Markdown source, if the file writes one: what {@code QaItem.answer()} returns. */
  default Optional<String> text() {
    return this instanceof Written written ? Optional.of(written.markdown()) : Optional.empty();
  }
}
