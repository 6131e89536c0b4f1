package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.result.CategorySummary;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import java.io.PrintStream;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run prints on stdout at its end: the per-category table (columns aligned with spaces), a
 * {@code failed calls:} line when calls failed, and the closing {@code answers:} line.
 */
public final class ConsoleTable {
  private ConsoleTable() {}

  /** Prints the table, the failed-calls line when there are failures, and the closing line. */
  public static void print(RunResult result, PrintStream out) {
    out.print(render(result));
    if (result.errors() > 0) {
      out.println("failed calls: " + result.errors()
          + " (no answer after every retry; see the error column of the report)");
    }
    out.println(closingLine(result));
    out.flush();
  }

  /**
   * The line every run ends with: {@code answers: A from the model, L from the log, F failed, of Q
   * questions; C calls to the model}. A + L + F = Q, the questions asked (per model, variant and
   * sample); C counts every call made to the models under test in this run, retries included.
   */
  public static String closingLine(RunResult result) {
    return "answers: " + result.answersFromModel() + " from the model, " + result.answersFromLog()
        + " from the log, " + result.errors() + " failed, of " + result.questionsAsked()
        + " questions; " + result.calls() + (result.calls() == 1 ? " call" : " calls")
        + " to the model";
  }

  /** The per-category table, one per model when there are several. */
  public static String render(RunResult result) {
    if (result.models().size() > 1) {
      StringBuilder tables = new StringBuilder();
      for (String model : result.models()) {
        tables.append(renderOne(new RunResult(List.of(model),
            result.items().stream().filter(r -> r.model().equals(model)).toList())));
      }
      return tables.toString();
    }
    return renderOne(result);
  }

  private static String renderOne(RunResult result) {
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
