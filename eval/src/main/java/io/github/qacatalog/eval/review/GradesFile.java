package io.github.qacatalog.eval.review;

import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code grades.csv}: append-only, one row per grade given, flushed at once so that a killed
 * server or a closed tab loses nothing. Columns: {@code id, model, variant, sample, question},
 * one per rubric criterion, {@code note, graded_at}. The last row for a response wins.
 */
final class GradesFile implements Closeable {
  static final String NAME = "grades.csv";

  private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
  private static final CSVFormat READ =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private final Path file;
  private final Rubric rubric;
  private final List<String> header;
  private final Map<ResponseKey, Grade> latest = new LinkedHashMap<>();
  private CSVPrinter printer;

  private GradesFile(Path file, Rubric rubric) {
    this.file = file;
    this.rubric = rubric;
    this.header = header(rubric);
  }

  /** The columns for a rubric. */
  static List<String> header(Rubric rubric) {
    List<String> columns = new ArrayList<>(List.of("id", "model", "variant", "sample", "question"));
    rubric.criteria().forEach(c -> columns.add(c.name()));
    columns.add("note");
    columns.add("graded_at");
    return List.copyOf(columns);
  }

  /**
   * Opens the file for appending, reading the grades it already holds.
   *
   * @throws IOException when it cannot be read, or holds a header or a label that does not fit
   *     the rubric (the message says {@code file:row:column})
   */
  static GradesFile open(Path file, Rubric rubric) throws IOException {
    GradesFile grades = new GradesFile(file, rubric);
    if (Files.exists(file) && Files.size(file) > 0) {
      grades.readExisting();
    }
    grades.openForAppend();
    return grades;
  }

  private void readExisting() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = READ.parse(in)) {
      List<String> found = parser.getHeaderNames();
      if (!found.equals(header)) {
        throw new IOException(file + ":1:1: the grades file's columns are " + String.join(", ", found)
            + "; the rubric " + rubric.name() + " needs " + String.join(", ", header)
            + " (move the file away to start a new one)");
      }
      for (CSVRecord row : parser) {
        long line = row.getRecordNumber() + 1;
        if (row.size() != header.size()) {
          problems.add(file + ":" + line + ":1: " + row.size() + " columns, expected " + header.size());
          continue;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < rubric.criteria().size(); i++) {
          Criterion c = rubric.criteria().get(i);
          String cell = row.get(c.name());
          if (cell.isBlank()) {
            continue;
          }
          var label = c.label(cell);
          if (label.isEmpty()) {
            problems.add(file + ":" + line + ":" + (6 + i) + ": " + c.name() + " has no label " + cell
                + "; its labels: " + String.join(", ", c.labels()));
          } else {
            labels.put(c.name(), label.get());
          }
        }
        int sample;
        try {
          sample = row.get("sample").isBlank() ? 1 : Integer.parseInt(row.get("sample").strip());
        } catch (NumberFormatException e) {
          problems.add(file + ":" + line + ":4: the sample is not a number: " + row.get("sample"));
          continue;
        }
        ResponseKey key = new ResponseKey(row.get("id"), row.get("model"), row.get("variant"), sample);
        latest.put(key, new Grade(key, row.get("question"), labels, row.get("note"), row.get("graded_at")));
      }
    }
    if (!problems.isEmpty()) {
      throw new IOException(String.join("\n", problems));
    }
  }

  private void openForAppend() throws IOException {
    boolean fresh = !Files.exists(file) || Files.size(file) == 0;
    if (!fresh && !endsWithNewline()) {
      // A row cut short by a kill: end it, so that the next row starts on a line of its own.
      Files.writeString(file, "\n", StandardOpenOption.APPEND);
    }
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    printer = new CSVPrinter(out, WRITE);
    if (fresh) {
      printer.printRecord(header);
      printer.flush();
    }
  }

  private boolean endsWithNewline() throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      raf.seek(raf.length() - 1);
      return raf.read() == '\n';
    }
  }

  /** Appends a grade and flushes it. */
  synchronized void append(Grade grade) throws IOException {
    List<String> row = new ArrayList<>(header.size());
    row.add(grade.key().id());
    row.add(grade.key().model());
    row.add(grade.key().variant());
    row.add(Integer.toString(grade.key().sample()));
    row.add(grade.question());
    for (Criterion c : rubric.criteria()) {
      row.add(grade.labels().getOrDefault(c.name(), ""));
    }
    row.add(grade.note());
    row.add(grade.gradedAt());
    printer.printRecord(row);
    printer.flush();
    latest.put(grade.key(), grade);
  }

  /** The last grade of each response graded. */
  synchronized Collection<Grade> latest() {
    return List.copyOf(latest.values());
  }

  Path path() {
    return file;
  }

  @Override
  public synchronized void close() throws IOException {
    if (printer != null) {
      printer.close();
      printer = null;
    }
  }
}
