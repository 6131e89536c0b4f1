package io.github.qacatalog.eval.recorded;

import java.util.Objects;

/**
 * The wording of a question that a response answers: the question as written ({@code paraphrase}
 * 0), one of its paraphrases as the catalog lists them (1 for the first), or a wording the catalog
 * does not list ({@link #UNLISTED}), which only a row that names the question by id can bring.
 *
 * @param text the text asked: the catalog's own text for a listed wording, the row's for an
 *     unlisted one
 * @param paraphrase 0 for the question as written, n for the catalog's n-th paraphrase, or {@link
 *     #UNLISTED}
 */
public record Wording(String text, int paraphrase) {
  /** The {@link #paraphrase()} of a wording that the catalog does not list. */
  public static final int UNLISTED = -1;

  /** Checks the fields. */
  public Wording {
    Objects.requireNonNull(text, "text");
    if (paraphrase < UNLISTED) {
      throw new IllegalArgumentException("paraphrase is -1, 0 or a paraphrase number: " + paraphrase);
    }
  }

  /** The question as written. */
  public static Wording asWritten(String question) {
    return new Wording(question, 0);
  }

  /** Whether this is the question as written. */
  public boolean isAsWritten() {
    return paraphrase == 0;
  }

  /** Whether the catalog lists this wording (as the question or one of its paraphrases). */
  public boolean isListed() {
    return paraphrase != UNLISTED;
  }

  /** {@code as written}, {@code paraphrase 2} or {@code unlisted paraphrase}. */
  public String describe() {
    return switch (paraphrase) {
      case 0 -> "as written";
      case UNLISTED -> "unlisted paraphrase";
      default -> "paraphrase " + paraphrase;
    };
  }
}
