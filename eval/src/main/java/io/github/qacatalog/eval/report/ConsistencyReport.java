package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.result.Consistency;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.stats.internal.TextTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@value #FILE_NAME}: one row per model, variant and question asked in more than one wording
 * (see {@link RunResult#consistency()}), UTF-8, RFC 4180, with a header: {@code
 * model,variant,category,id,question,wordings,answers,passed,pass_rate,consistent}, then the worst
 * answer: {@code worst_wording} (0 the question as written, n its n-th paraphrase), {@code
 * worst_asked} (its text), {@code worst_outcome}, {@code score} (the score that ranks the answers)
 * and {@code worst_score} (empty when it has none), {@code worst_response}. Not written when no
 * question was asked in more than one wording.
 */
public final class ConsistencyReport implements ReportWriter {
  /** The file's name in the report directory. */
  public static final String FILE_NAME = "consistency.csv";

  /** The columns, in order. */
  static final List<String> COLUMNS = List.of("model", "variant", "category", "id", "question",
      "wordings", "answers", "passed", "pass_rate", "consistent", "worst_wording", "worst_asked",
      "worst_outcome", "score", "worst_score", "worst_response");

  @Override
  public void write(RunResult result, Path directory) throws IOException {
    List<Consistency> rows = result.consistency();
    if (rows.isEmpty()) {
      return;
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    ReportFiles.writeAtomically(directory.resolve(FILE_NAME), out -> {
      CSVPrinter csv = new CSVPrinter(out, format);
      for (Consistency c : rows) {
        ItemResult worst = c.worst();
        csv.printRecord(c.model(), c.variant(), c.category(), c.id(), c.question(),
            Integer.toString(c.wordings()), Integer.toString(c.answers()),
            Integer.toString(c.passed()), ItemResult.format(c.passRate()),
            Boolean.toString(c.consistent()), Integer.toString(worst.wording()), worst.asked(),
            worst.outcome().name(), c.score() == null ? "" : c.score(),
            c.worstScore().isPresent() ? Double.toString(c.worstScore().getAsDouble()) : "",
            worst.response().orElse(""));
      }
      csv.flush();
    });
  }

  /**
   * The console section: per model and question, the passes out of the answers and the worst
   * wording with its score; the questions that passed in every wording are counted, not listed.
   */
  public static String render(List<Consistency> rows) {
    StringBuilder text = new StringBuilder();
    long consistent = rows.stream().filter(Consistency::consistent).count();
    text.append(consistent).append(" of ").append(rows.size())
        .append(" questions asked in several wordings (per model) passed in every wording\n");
    TextTable table = new TextTable().header(List.of("model", "question", "passed", "worst wording", "score"));
    boolean any = false;
    for (Consistency c : rows) {
      if (c.consistent()) {
        continue;
      }
      any = true;
      ItemResult worst = c.worst();
      String wording = (worst.wording() == 0 ? "as written" : "paraphrase " + worst.wording())
          + ": " + shortened(worst.asked());
      String score = c.worstScore().isPresent()
          ? c.score() + " " + ItemResult.format(c.worstScore().getAsDouble())
          : worst.outcome().name().toLowerCase(Locale.ROOT);
      table.row(List.of(c.model() + (c.variant().equals(ItemResult.DEFAULT_VARIANT) ? ""
          : " (" + c.variant() + ")"), c.id(), c.passed() + "/" + c.answers(), wording, score));
    }
    if (any) {
      text.append(table.render());
    }
    return text.toString();
  }

  private static String shortened(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 60 ? line.substring(0, 57) + "..." : line;
  }
}
