package io.github.qacatalog.eval.recorded;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.recorded.internal.Cell;
import io.github.qacatalog.eval.recorded.internal.Problems;
import io.github.qacatalog.eval.recorded.internal.Sheet;
import io.github.qacatalog.eval.recorded.internal.SheetReader;
import io.github.qacatalog.eval.recorded.internal.SheetRow;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads recorded responses and hand grades from a CSV (a spreadsheet's export: UTF-8, a byte order
 * mark or none, CRLF or LF, quoted cells over several lines) or JSON Lines ({@code .jsonl}, {@code
 * .ndjson}: one object per line, its keys the columns), matching each row to a question of the
 * catalog.
 *
 * <pre>{@code
 * RecordedReader reader = RecordedReader.of(DeepDiveCatalog.all());
 * RecordedAndGraded recorded = reader.responsesAndGrades(csv, csv, personRubric);
 * RecordedModel claude = recorded.responses().model("claude");
 * Evaluation.builder().model(claude).items(recorded.responses().items("claude")) ...
 * }</pre>
 *
 * <p>A row is matched by its id when it has one, else by its question: exactly after trimming
 * white space, then ignoring case and punctuation; the {@link MatchRule} is kept. Every problem
 * (a row that matches no question, a question answered twice by the same model, a row without a
 * response, an unknown label, ...) is collected, and all of them thrown at once in a {@link
 * RecordedInputException}, before anything is scored. Instances are immutable.
 */
public final class RecordedReader {
  /** The model name of rows without one, when the file has no model column or leaves it blank. */
  public static final String DEFAULT_MODEL = "recorded";

  private final List<QaItem> items;
  private final RecordedColumns columns;
  private final Function<QaItem, List<String>> paraphrases;
  private final String defaultModel;

  private RecordedReader(List<QaItem> items, RecordedColumns columns,
      Function<QaItem, List<String>> paraphrases, String defaultModel) {
    this.items = List.copyOf(items);
    this.columns = Objects.requireNonNull(columns, "columns");
    this.paraphrases = Objects.requireNonNull(paraphrases, "paraphrases");
    this.defaultModel = Objects.requireNonNull(defaultModel, "defaultModel");
    if (defaultModel.isBlank()) {
      throw new IllegalArgumentException("a model name must not be blank");
    }
  }

  /**
   * A reader matching rows to these questions, in every wording the catalog lists ({@link
   * QaItem#paraphrases()}), with the default columns.
   */
  public static RecordedReader of(List<? extends QaItem> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no questions to match rows to");
    }
    return new RecordedReader(List.copyOf(items), RecordedColumns.DEFAULT, QaItem::paraphrases,
        DEFAULT_MODEL);
  }

  /** This reader with other column names. */
  public RecordedReader withColumns(RecordedColumns columns) {
    return new RecordedReader(items, columns, paraphrases, defaultModel);
  }

  /**
   * This reader with other paraphrases of each question than the catalog's, so that a row may
   * answer one; {@code withParaphrases(item -> List.of())} matches the questions as written only.
   * By default, {@link QaItem#paraphrases()}.
   */
  public RecordedReader withParaphrases(Function<QaItem, List<String>> paraphrases) {
    return new RecordedReader(items, columns, paraphrases, defaultModel);
  }

  /** This reader naming the model of rows without a model {@code name}; default {@value #DEFAULT_MODEL}. */
  public RecordedReader withDefaultModel(String name) {
    return new RecordedReader(items, columns, paraphrases, name);
  }

  /**
   * The responses of a file. Every row is one response; a question answered twice (in the same
   * wording and sample) by the same model is an error, as are a row that matches no question and a row
   * without a response. Columns other than the configured ones are ignored.
   *
   * @throws RecordedInputException listing every problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public RecordedResponses responses(Path file) {
    Problems problems = new Problems();
    RecordedResponses responses = responses(SheetReader.read(file, problems), problems);
    throwIfAny(problems);
    return responses;
  }

  /**
   * A person's grades in a file: per row, a label for some or all criteria of the rubric (matched
   * ignoring case and surrounding white space; a blank cell is not graded) and a note. When a key
   * (model, question, wording, variant, sample) appears again, the last row wins, as in a file the
   * review page appends to. Columns other than the configured ones are ignored. The grades are
   * what a judge is compared with: they are never sent to it (see {@link HandGrades}).
   *
   * @throws RecordedInputException listing every problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public HandGrades grades(Path file, Rubric rubric) {
    Problems problems = new Problems();
    HandGrades grades = grades(SheetReader.read(file, problems), rubric, problems);
    throwIfAny(problems);
    return grades;
  }

  /**
   * Responses and grades, from one file (give it twice; it is read once) or two, with the problems
   * of both in one exception.
   */
  public RecordedAndGraded responsesAndGrades(Path responsesFile, Path gradesFile, Rubric rubric) {
    Problems problems = new Problems();
    Sheet responseSheet = SheetReader.read(responsesFile, problems);
    Sheet gradeSheet = responsesFile.equals(gradesFile)
        ? responseSheet : SheetReader.read(gradesFile, problems);
    RecordedResponses responses = responses(responseSheet, problems);
    HandGrades grades = grades(gradeSheet, rubric, problems);
    throwIfAny(problems);
    return new RecordedAndGraded(responses, grades);
  }

  private RecordedResponses responses(Sheet sheet, Problems problems) {
    boolean usable = needsQuestionColumns(sheet, problems);
    if (!sheet.has(columns.response()) && !sheet.header().isEmpty()) {
      problems.add(sheet, 1, 1, "no column " + columns.response() + " for the responses"
          + columnsOf(sheet) + "; name the column, or configure it with RecordedColumns.withResponse");
      usable = false;
    }
    List<RecordedResponse> out = new ArrayList<>();
    if (!usable) {
      return new RecordedResponses(items, out);
    }
    QuestionMatcher matcher = new QuestionMatcher(items, paraphrases);
    Map<List<String>, Integer> seen = new LinkedHashMap<>();
    for (SheetRow row : sheet.rows()) {
      Optional<Match> match = match(sheet, row, matcher, problems);
      Cell response = row.cell(columns.response(), sheet);
      if (response.isBlank()) {
        problems.add(sheet, row, response, "no response"
            + match.map(m -> " to " + m.item().id()).orElse("") + " in column " + columns.response());
      }
      OptionalInt sample = sample(sheet, row, problems);
      if (match.isEmpty() || sample.isEmpty()) {
        continue;
      }
      String model = model(sheet, row);
      Match m = match.get();
      List<String> key = List.of(model, m.item().id(), m.wording().text(),
          String.valueOf(sample.getAsInt()));
      Integer first = seen.putIfAbsent(key, row.row());
      if (first != null) {
        Cell where = row.cell(sheet.has(columns.id()) ? columns.id() : columns.question(), sheet);
        problems.add(sheet, row, where, "question " + m.item().id() + " (" + m.wording().describe()
            + (sample.getAsInt() > 1 ? ", sample " + sample.getAsInt() : "")
            + ") answered twice by " + model + ": first in row " + first
            + (sheet.has(columns.sample()) ? "" : " (tell repeated responses apart in a column "
                + columns.sample() + ")"));
        continue;
      }
      if (!response.isBlank()) {
        out.add(new RecordedResponse(model, m, sample.getAsInt(), response.value(),
            sheet.file() + ":" + row.row()));
      }
    }
    return new RecordedResponses(items, out);
  }

  private HandGrades grades(Sheet sheet, Rubric rubric, Problems problems) {
    Objects.requireNonNull(rubric, "rubric");
    boolean usable = needsQuestionColumns(sheet, problems);
    List<Criterion> present = rubric.criteria().stream()
        .filter(c -> sheet.has(columns.criterion(c.name()))).toList();
    if (present.isEmpty() && !sheet.header().isEmpty()) {
      problems.add(sheet, 1, 1, "no column for any criterion of the rubric " + rubric.name()
          + " (" + String.join(", ", rubric.criteria().stream()
              .map(c -> columns.criterion(c.name())).toList()) + ")" + columnsOf(sheet));
      usable = false;
    }
    Map<GradeKey, HandGrade> out = new LinkedHashMap<>();
    if (!usable) {
      return new HandGrades(rubric, out);
    }
    QuestionMatcher matcher = new QuestionMatcher(items, paraphrases);
    for (SheetRow row : sheet.rows()) {
      boolean ok = true;
      Optional<Match> match = match(sheet, row, matcher, problems);
      Map<String, String> labels = new LinkedHashMap<>();
      for (Criterion c : present) {
        Cell cell = row.cell(columns.criterion(c.name()), sheet);
        if (cell.isBlank()) {
          continue; // not graded
        }
        Optional<String> label = c.label(cell.value());
        if (label.isPresent()) {
          labels.put(c.name(), label.get());
        } else {
          problems.add(sheet, row, cell, "unknown label \"" + cell.value() + "\" for " + c.name()
              + "; its labels: " + String.join(", ", c.labels()));
          ok = false;
        }
      }
      OptionalInt sample = sample(sheet, row, problems);
      if (match.isEmpty() || sample.isEmpty() || !ok) {
        continue;
      }
      Cell variantCell = row.cell(columns.variant(), sheet);
      String variant = variantCell.isBlank() ? GradeKey.DEFAULT_VARIANT : variantCell.value();
      GradeKey key = new GradeKey(model(sheet, row), match.get().item().id(),
          match.get().wording().text(), variant, sample.getAsInt());
      out.remove(key); // the last row wins, and takes the last place
      out.put(key, new HandGrade(key, labels, row.cell(columns.note(), sheet).value(),
          sheet.file() + ":" + row.row()));
    }
    return new HandGrades(rubric, out);
  }

  private boolean needsQuestionColumns(Sheet sheet, Problems problems) {
    if (sheet.has(columns.id()) || sheet.has(columns.question())) {
      return true;
    }
    // A sheet without a header could not be read, and the reader said why.
    if (!sheet.header().isEmpty()) {
      problems.add(sheet, 1, 1, "no column " + columns.id() + " and no column " + columns.question()
          + ": a row names its question by id or by text" + columnsOf(sheet));
    }
    return false;
  }

  private Optional<Match> match(Sheet sheet, SheetRow row, QuestionMatcher matcher,
      Problems problems) {
    Cell id = row.cell(columns.id(), sheet);
    Cell question = row.cell(columns.question(), sheet);
    QuestionMatcher.Result result = matcher.match(id.value(), question.value());
    if (result.found().isEmpty()) {
      problems.add(sheet, row, result.idToBlame() || question.isBlank() && !id.isBlank() ? id : question,
          result.problem());
    }
    return result.found();
  }

  private OptionalInt sample(Sheet sheet, SheetRow row, Problems problems) {
    Cell cell = row.cell(columns.sample(), sheet);
    if (cell.isBlank()) {
      return OptionalInt.of(1);
    }
    try {
      int sample = Integer.parseInt(cell.value());
      if (sample >= 1) {
        return OptionalInt.of(sample);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(sheet, row, cell, "the sample is a whole number from 1: " + cell.value());
    return OptionalInt.empty();
  }

  private String model(Sheet sheet, SheetRow row) {
    Cell model = row.cell(columns.model(), sheet);
    return model.isBlank() ? defaultModel : model.value();
  }

  private static String columnsOf(Sheet sheet) {
    return sheet.header().isEmpty() ? "" : " (the columns: " + String.join(", ", sheet.header()) + ")";
  }

  private static void throwIfAny(Problems problems) {
    if (!problems.isEmpty()) {
      throw new RecordedInputException(problems.lines(), problems.inCsv());
    }
  }
}
