package io.github.qacatalog.eval.recorded;

/** Which rule matched a row to a catalog question, tried in this order. */
public enum MatchRule {
  /** The row's id is the question's {@link io.github.qacatalog.QaItem#id()}. */
  ID("id"),
  /** The row's question is a wording of the question, after trimming white space. */
  EXACT_TEXT("text"),
  /** The row's question is a wording of the question, ignoring case and punctuation as well. */
  LOOSE_TEXT("text ignoring case and punctuation");

  private final String description;

  MatchRule(String description) {
    this.description = description;
  }

  /** The rule in words, as details and reports show it. */
  public String description() {
    return description;
  }
}
