package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.List;
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
 * @param paraphrases the other wordings its {@code **Paraphrases:**} list gives, in order: what
 *     {@code QaItem.paraphrases()} returns; empty when it has none
 */
public record Question(
    OptionalInt number,
    String text,
    SourcePosition textStart,
    Answer answer,
    SourcePosition position,
    Optional<ExplicitId> explicitId,
    String constantName,
    String id,
    List<Paraphrase> paraphrases) {

  public Question {
    paraphrases = List.copyOf(paraphrases);
  }

  /** An id written in the file, and where the id stands. */
  public record ExplicitId(String value, SourcePosition position) {}

  /**
   * One paraphrase of the question.
   *
   * @param text its Markdown source as written, trimmed; may be empty, which the validator reports
   * @param textStart where the first character of {@code text} stands in the file
   * @param position where its list marker ({@code -}) stands
   */
  public record Paraphrase(String text, SourcePosition textStart, SourcePosition position) {}

  /** The texts of its paraphrases, in order. */
  public List<String> paraphraseTexts() {
    return paraphrases.stream().map(Paraphrase::text).toList();
  }
}
