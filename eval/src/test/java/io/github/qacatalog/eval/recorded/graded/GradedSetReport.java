package io.github.qacatalog.eval.recorded.graded;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * What the graded set says about the similarity and token F1 thresholds, as a table: {@code ./mvnw
 * -pl eval -am test -Dtest=GradedSetTest -Dsurefire.failIfNoSpecifiedTests=false} prints it.
 */
final class GradedSetReport {
  private GradedSetReport() {}

  static String table(List<GradedSet.Row> rows) {
    StringBuilder out = new StringBuilder();
    section(out, "all responses", rows);
    List<GradedSet.Row> answers = rows.stream().filter(GradedSet::expectsAnAnswer).toList();
    section(out, "questions the context answers", answers);
    medians(out, rows);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<GradedSet.Row> rows) {
    long passes = rows.stream().filter(GradedSet.Row::passed).count();
    out.append(String.format(Locale.ROOT, "%s: %d responses, %d passed by the person, %d failed%n",
        title, rows.size(), passes, rows.size() - passes));
    score(out, "similarity", rows, GradedSet.Row::similarity, (int) passes);
    score(out, "token_f1", rows, GradedSet.Row::tokenF1, (int) passes);
  }

  private static void score(StringBuilder out, String name, List<GradedSet.Row> rows,
      ToDoubleFunction<GradedSet.Row> score, int passes) {
    Agreement.Counts best = Agreement.best(rows, score);
    out.append(String.format(Locale.ROOT,
        "  %s: AUC %.3f; best threshold over the observed scores %.3f: %d/%d (%.3f, kappa %.2f)%n",
        name, Agreement.auc(rows, score), best.threshold(), best.agree(), best.total(), best.rate(),
        best.kappa(passes)));
    out.append("    threshold  agreement        kappa  passes failed  fails passed\n");
    for (int i = 0; i <= 8; i++) {
      double t = 0.5 + 0.05 * i;
      Agreement.Counts c = Agreement.at(rows, score, t);
      out.append(String.format(Locale.ROOT, "    %9.2f  %3d/%d %.3f  %5.2f  %13d  %12d%n", t, c.agree(),
          c.total(), c.rate(), c.kappa(passes), c.passesFailed(), c.failsPassed()));
    }
  }

  private static void medians(StringBuilder out, List<GradedSet.Row> rows) {
    Predicate<GradedSet.Row> paraphrased = r -> !r.response().wording().isAsWritten();
    List<GradedSet.Row> passedAsWritten =
        rows.stream().filter(r -> r.passed() && !paraphrased.test(r)).toList();
    List<GradedSet.Row> passedParaphrased =
        rows.stream().filter(r -> r.passed() && paraphrased.test(r)).toList();
    out.append(String.format(Locale.ROOT,
        "median similarity of passed responses: as written %.3f (%d), paraphrased %.3f (%d);"
            + " of failed ones %.3f%n",
        Agreement.median(passedAsWritten, GradedSet.Row::similarity), passedAsWritten.size(),
        Agreement.median(passedParaphrased, GradedSet.Row::similarity), passedParaphrased.size(),
        Agreement.median(rows.stream().filter(r -> !r.passed()).toList(), GradedSet.Row::similarity)));
  }
}
