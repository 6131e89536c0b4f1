package io.github.qacatalog.eval.agreement;

import io.github.qacatalog.eval.stats.Kappa;
import io.github.qacatalog.eval.stats.internal.Cells;
import io.github.qacatalog.eval.stats.internal.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The console table of an agreement: one line per criterion, then per criterion its confusion
 * matrix and its disagreements.
 */
public final class AgreementTable {
  /** Texts longer than this are cut in the listing of disagreements. */
  static final int TEXT_SHOWN = 80;

  private AgreementTable() {}

  /** The table as text. */
  public static String render(List<CriterionAgreement> agreements) {
    StringBuilder out = new StringBuilder();
    out.append("Judge against person, per criterion (kappa: quadratically weighted for more than two"
        + " ordered labels, plain for two; 95 % interval from the large-sample standard error of"
        + " Fleiss, Cohen & Everitt):\n");
    TextTable table = new TextTable().header(List.of(
        "criterion", "pairs", "agreement", "kappa", "kind", "note"));
    for (CriterionAgreement a : agreements) {
      table.row(List.of(a.criterion(), Integer.toString(a.pairs()), Cells.number(a.agreement(), 2),
          Cells.withInterval(a.kappa().value(), a.kappa().interval(), 2),
          a.kappa().weighting() == Kappa.Weighting.QUADRATIC ? "weighted" : "plain",
          a.caveat().orElse("")));
    }
    out.append(table.render());
    for (CriterionAgreement a : agreements) {
      out.append('\n').append(a.criterion()).append(": person (rows) against judge (columns)\n");
      TextTable matrix = new TextTable();
      List<String> header = new ArrayList<>(List.of(""));
      header.addAll(a.labels());
      matrix.header(header);
      for (int i = 0; i < a.labels().size(); i++) {
        List<String> row = new ArrayList<>(List.of(a.labels().get(i)));
        for (int j = 0; j < a.labels().size(); j++) {
          row.add(Integer.toString(a.confusion().count(i, j)));
        }
        matrix.row(row);
      }
      out.append(matrix.render());
      if (a.disagreements().isEmpty()) {
        out.append("  no disagreement\n");
      }
      for (GradePair d : a.disagreements()) {
        out.append("  ").append(d.questionId()).append(": person ").append(d.personLabel().strip())
            .append(", judge ").append(d.judgeLabel().strip()).append('\n');
        out.append("    question: ").append(cut(d.question())).append('\n');
        out.append("    response: ").append(cut(d.response())).append('\n');
        if (!d.reason().isBlank()) {
          out.append("    judge's reason: ").append(cut(d.reason())).append('\n');
        }
      }
    }
    return out.toString();
  }

  static String cut(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= TEXT_SHOWN ? flat : flat.substring(0, TEXT_SHOWN - 3) + "...";
  }
}
