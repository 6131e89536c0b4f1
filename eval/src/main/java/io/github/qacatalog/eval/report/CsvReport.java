package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV report: one row per answer (per question, wording, model, variant and sample), UTF-8,
 * RFC 4180, with a header. Columns: {@code model,variant,sample,category,id,question,wording,asked,
 * response,gold_answer,expectation,passed}, then one per score (see {@link RunResult#scoreNames()}), then {@code
 * outcome,error,duration_ms,attempts,input_tokens,output_tokens,source}, then one per detail.
 * {@code passed} is {@code true}, {@code false}, or empty for a question without a gold answer; a
 * missing value is an empty field. {@code source} is {@code model} or {@code log}, as in the run
 * log. {@code question} is the question as written; {@code wording} is 0 for it and n for its n-th
 * paraphrase, and {@code asked} the text the model was sent (the question or the paraphrase).
 *
 * <p><b>Spreadsheets.</b> A cell that starts with {@code =}, {@code +}, {@code -} or {@code @} is
 * run as a formula by a spreadsheet that opens the file, and model output can start so. The report
 * for pandas and DuckDB ({@link #named}) keeps every cell exactly as it is: changing it would
 * corrupt the data. The report for people ({@link #forSpreadsheets}) puts an apostrophe before
 * such a cell (and before one that starts with a tab or a carriage return), unless it is a plain
 * number such as {@code -0.05}: spreadsheets show the text as it was and run nothing.
 */
public final class CsvReport implements ReportWriter {
  /** The first columns, always, in this order. */
  static final List<String> LEADING_COLUMNS = List.of("model", "variant", "sample", "category",
      "id", "question", "wording", "asked", "response", "gold_answer", "expectation", "passed");
  /** The columns after the scores. */
  static final List<String> TRAILING_COLUMNS = List.of("outcome", "error", "duration_ms",
      "attempts", "input_tokens", "output_tokens", "source");

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private final String fileName;
  private final boolean forSpreadsheets;

  private CsvReport(String fileName, boolean forSpreadsheets) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.forSpreadsheets = forSpreadsheets;
  }

  /** A CSV report written to {@code fileName} in the report directory, every cell exact. */
  public static CsvReport named(String fileName) {
    return new CsvReport(fileName, false);
  }

  /**
   * A CSV report for opening in a spreadsheet, written to {@code fileName}: cells a spreadsheet
   * would run as formulas are made text (see the class comment). Not for pandas or DuckDB.
   */
  public static CsvReport forSpreadsheets(String fileName) {
    return new CsvReport(fileName, true);
  }

  /** A cell as a spreadsheet shows it without running it. */
  static String inert(String cell) {
    if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r' ? "'" + cell : cell;
  }

  /** The header of a run's CSV. */
  static List<String> header(RunResult result) {
    List<String> header = new ArrayList<>(LEADING_COLUMNS);
    header.addAll(result.scoreNames());
    header.addAll(TRAILING_COLUMNS);
    for (String detail : result.detailNames()) {
      if (!header.contains(detail)) {
        header.add(detail);
      }
    }
    header.addAll(personColumns(result));
    return header;
  }

  /**
   * The columns of the person's grades, last, when any result has one: {@code person_<criterion>}
   * per criterion graded, {@code person_passed} (the rubric's pass rule), {@code person_note}.
   */
  static List<String> personColumns(RunResult result) {
    java.util.Set<String> criteria = new java.util.LinkedHashSet<>();
    boolean any = false;
    for (ItemResult r : result.items()) {
      if (r.personGrade().isPresent()) {
        any = true;
        criteria.addAll(r.personGrade().get().labels().keySet());
      }
    }
    if (!any) {
      return List.of();
    }
    List<String> columns = new ArrayList<>();
    criteria.forEach(c -> columns.add(PERSON_PREFIX + c));
    columns.add(PERSON_PREFIX + "passed");
    columns.add(PERSON_PREFIX + "note");
    return columns;
  }

  /** The prefix of the person's columns. */
  static final String PERSON_PREFIX = "person_";

  @Override
  public void write(RunResult result, Path directory) throws IOException {
    List<String> header = header(result);
    List<String> scores = result.scoreNames();
    List<String> person = personColumns(result);
    List<String> details = header.subList(
        LEADING_COLUMNS.size() + scores.size() + TRAILING_COLUMNS.size(),
        header.size() - person.size());
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    ReportFiles.writeAtomically(directory.resolve(fileName), out -> {
      CSVPrinter csv = new CSVPrinter(out, format);
      for (ItemResult r : result.items()) {
        List<Object> row = row(r, header.size(), scores, details);
        row.addAll(personCells(r, person));
        if (forSpreadsheets) {
          row.replaceAll(cell -> inert((String) cell));
        }
        csv.printRecord(row);
      }
      csv.flush();
    });
  }

  private static List<Object> row(ItemResult r, int size, List<String> scores, List<String> details) {
    List<Object> row = new ArrayList<>(size);
    row.add(r.model());
    row.add(r.variant());
    row.add(Integer.toString(r.sample()));
    row.add(r.category());
    row.add(r.id());
    row.add(r.question());
    row.add(Integer.toString(r.wording()));
    row.add(r.asked());
    row.add(r.response().orElse(""));
    row.add(r.goldAnswer().orElse(""));
    row.add(r.expectation().name());
    Boolean passed = r.outcome().passed();
    row.add(passed == null ? "" : passed.toString());
    for (String s : scores) {
      Double value = r.scores().get(s);
      row.add(value == null ? "" : value.toString());
    }
    row.add(r.outcome().name());
    row.add(r.error().orElse(""));
    row.add(Long.toString(r.durationMillis()));
    row.add(Integer.toString(r.attempts()));
    row.add(r.inputTokens().isPresent() ? Integer.toString(r.inputTokens().getAsInt()) : "");
    row.add(r.outputTokens().isPresent() ? Integer.toString(r.outputTokens().getAsInt()) : "");
    row.add(r.fromLog() ? "log" : "model");
    for (String d : details) {
      row.add(r.details().getOrDefault(d, ""));
    }
    return row;
  }

  private static List<Object> personCells(ItemResult r, List<String> columns) {
    List<Object> cells = new ArrayList<>();
    for (String column : columns) {
      String name = column.substring(PERSON_PREFIX.length());
      cells.add(r.personGrade().map(g -> switch (name) {
        case "passed" -> g.passed().map(String::valueOf).orElse("");
        case "note" -> g.note();
        default -> g.labels().getOrDefault(name, "");
      }).orElse(""));
    }
    return cells;
  }
}
