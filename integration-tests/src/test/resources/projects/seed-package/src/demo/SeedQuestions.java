package demo;

import io.github.qacatalog.QaItem;

/** Uses the generated catalog, so that the compile fails when it was not generated. */
public final class SeedQuestions {
  private SeedQuestions() {}

  public static QaItem firstOutOfScope() {
    return QaCatalog.OutOfScopeQa.Q30;
  }
}
