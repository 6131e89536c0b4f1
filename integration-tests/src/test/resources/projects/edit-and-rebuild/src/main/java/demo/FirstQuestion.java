package demo;

import io.github.qacatalog.QaItem;

/** Uses the catalog, as a user's code does. */
public final class FirstQuestion {
  private FirstQuestion() {}

  public static QaItem get() {
    return QaCatalog.Basics.Q1;
  }
}
