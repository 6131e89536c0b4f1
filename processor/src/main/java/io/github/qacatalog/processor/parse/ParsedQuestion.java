package io.github.qacatalog.processor.parse;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question as it stands in the file, before it is named.
 *
 * @param number the number written before it ({@code 7.}), or empty for a {@code **Question:**} block
 * @param text the question's Markdown source as written, trimmed
 * @param textOffset offset of the first character of {@code text} in the source file
 * @param answer the answer's Markdown source as written, trimmed; empty when there is none, and
 *     present but empty when an {@code **Answer:**} marker holds nothing
 * @param answerOffset offset of the first character of the answer, or -1
 * @param position where the question starts: its number or its {@code **Question:**} marker
 * @param explicitId the id given in an {@code <!-- id: ... -->} comment before it, if any
 * @param paraphrases the items of its {@code **Paraphrases:**} list, in order; empty when it has none
 */
public record ParsedQuestion(
    OptionalInt number,
    String text,
    int textOffset,
    Optional<String> answer,
    int answerOffset,
    SourcePosition position,
    Optional<ExplicitId> explicitId,
    List<Paraphrase> paraphrases) {

  public ParsedQuestion {
    paraphrases = List.copyOf(paraphrases);
  }

  /** An id written in the file, and where. */
  public record ExplicitId(String value, SourcePosition position) {}

  /**
   * One item of a question's {@code **Paraphrases:**} list.
   *
   * @param text its Markdown source as written, trimmed; empty for an empty item
   * @param textOffset offset of the first character of {@code text} in the source file
   * @param position where its list marker ({@code -}) stands
   */
  public record Paraphrase(String text, int textOffset, SourcePosition position) {}
}
