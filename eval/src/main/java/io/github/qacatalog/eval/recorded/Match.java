package io.github.qacatalog.eval.recorded;

import io.github.qacatalog.QaItem;
import java.util.Objects;

/**
 * A row matched to a catalog question: the question, the wording the row answered, and the rule
 * that matched.
 */
public record Match(QaItem item, Wording wording, MatchRule rule) {
  /** Checks that nothing is null. */
  public Match {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(rule, "rule");
  }
}
