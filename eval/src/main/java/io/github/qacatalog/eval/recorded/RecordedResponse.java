package io.github.qacatalog.eval.recorded;

import io.github.qacatalog.QaItem;
import java.util.Objects;

/**
 * One recorded response: which model gave it, to which question and wording, in which sample (from
 * 1: a file may hold several responses of one model to one wording, told apart by a {@code sample}
 * column), how the row was matched, and where it was read ({@code file:row}).
 */
public record RecordedResponse(String model, Match match, int sample, String response, String source) {
  /** Checks that nothing is null. */
  public RecordedResponse {
    Objects.requireNonNull(model, "model");
    if (sample < 1) {
      throw new IllegalArgumentException("samples count from 1: " + sample);
    }
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(source, "source");
  }

  /** The catalog question answered. */
  public QaItem item() {
    return match.item();
  }

  /** The wording answered. */
  public Wording wording() {
    return match.wording();
  }

  /** The rule that matched the row to the question. */
  public MatchRule rule() {
    return match.rule();
  }
}
