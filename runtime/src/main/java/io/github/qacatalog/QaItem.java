package io.github.qacatalog;

import java.util.List;
import java.util.Optional;

/**
 * One question of a catalog. Every constant of a generated category enum implements it.
 *
 * <p>Implementations are immutable.
 */
public interface QaItem {

  /**
   * Identifier, unique within the catalog. First that applies: the explicit id as written ({@code
   * <!-- id: lora-bug -->} before the question gives {@code "lora-bug"}, numbered or not); {@code
   * "Q7"} for question 7; else the id derived from its first words, which is its constant's name.
   */
  String id();

  /** The number written before the question, or {@code 0} when the question has none. */
  int number();

  /** The question's Markdown text as written in the file, trimmed. */
  String question();

  /** The answer's Markdown text as written, trimmed; empty when the file gives no answer or an empty one. */
  Optional<String> answer();

  /**
   * Other wordings of the question that share its answer, in the order the file lists them under
   * {@code **Paraphrases:**}, each its Markdown text as written, trimmed. Empty when the file gives
   * none, which is the default, so that items written by hand need not say so. The list is
   * unmodifiable.
   */
  default List<String> paraphrases() {
    return List.of();
  }

  /** The category ({@code ##} section) that holds this question. */
  QaCategory category();

  /** The 1-based line of the file on which the question starts. */
  int line();
}
