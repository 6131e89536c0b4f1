package io.github.qacatalog.eval;

import java.util.ArrayList;
import java.util.List;

/** The per-category table printed at the end of a run, columns aligned with spaces. */
final class SummaryTable {
  private SummaryTable() {}

  static String render(EvaluationResult result) {
    List<String> scores = result.scoreNames();
    List<String> header = new ArrayList<>(List.of("category", "expects", "questions", "passed"));
    scores.forEach(s -> header.add("mean " + s));
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (CategorySummary c : result.categories()) {
      List<String> row = new ArrayList<>();
      row.add(c.category());
      row.add(c.expectation().name().toLowerCase(java.util.Locale.ROOT));
      row.add(Integer.toString(c.questions()));
      StringBuilder passed = new StringBuilder().append(c.passed()).append('/')
          .append(c.questions() - c.noGoldAnswer());
      List<String> notes = new ArrayList<>();
      if (c.noGoldAnswer() > 0) {
        notes.add(c.noGoldAnswer() + " no gold");
      }
      if (c.errors() > 0) {
        notes.add(c.errors() + (c.errors() == 1 ? " error" : " errors"));
      }
      if (!notes.isEmpty()) {
        passed.append(" (").append(String.join(", ", notes)).append(')');
      }
      row.add(passed.toString());
      for (String s : scores) {
        Double mean = c.means().get(s);
        row.add(mean == null ? "-" : ItemResult.format(mean));
      }
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    text.append("Evaluation of ").append(result.model()).append('\n');
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        boolean left = i < 2;
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
