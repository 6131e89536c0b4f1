package io.github.qacatalog.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV report: one row per question; see {@link EvaluationResult#writeCsv}. */
final class CsvReport {
  /** The first columns, always, in this order. */
  static final List<String> LEADING_COLUMNS = List.of(
      "model", "category", "id", "question", "response", "gold_answer", "expectation", "passed");
  /** The columns after the scores. */
  static final List<String> TRAILING_COLUMNS =
      List.of("outcome", "error", "duration_ms", "input_tokens", "output_tokens", "source");

  private CsvReport() {}

  static List<String> header(EvaluationResult result) {
    List<String> header = new ArrayList<>(LEADING_COLUMNS);
    header.addAll(result.scoreNames());
    header.addAll(TRAILING_COLUMNS);
    for (String detail : result.detailNames()) {
      if (!header.contains(detail)) {
        header.add(detail);
      }
    }
    return header;
  }

  static void write(EvaluationResult result, Path file, Redactor redactor) throws IOException {
    List<String> header = header(result);
    List<String> scores = result.scoreNames();
    List<String> details = header.subList(
        LEADING_COLUMNS.size() + scores.size() + TRAILING_COLUMNS.size(), header.size());
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader(header.toArray(String[]::new))
        .get();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format)) {
      for (ItemResult r : result.items()) {
        List<Object> row = new ArrayList<>(header.size());
        row.add(redactor.redact(r.model()));
        row.add(redactor.redact(r.category()));
        row.add(redactor.redact(r.id()));
        row.add(redactor.redact(r.question()));
        row.add(redactor.redact(r.response().orElse("")));
        row.add(redactor.redact(r.goldAnswer().orElse("")));
        row.add(r.expectation().name());
        row.add(switch (r.outcome()) {
          case PASSED -> "true";
          case FAILED, ERROR -> "false";
          case NO_GOLD_ANSWER -> "";
        });
        for (String s : scores) {
          Double value = r.scores().get(s);
          row.add(value == null ? "" : value.toString());
        }
        row.add(r.outcome().name());
        row.add(r.error().map(redactor::redactError).orElse(""));
        row.add(Long.toString(r.durationMillis()));
        row.add(r.inputTokens().isPresent() ? Integer.toString(r.inputTokens().getAsInt()) : "");
        row.add(r.outputTokens().isPresent() ? Integer.toString(r.outputTokens().getAsInt()) : "");
        row.add(r.outcome() == Outcome.ERROR ? "" : r.fromLog() ? "log" : "model");
        for (String d : details) {
          row.add(redactor.redact(r.details().getOrDefault(d, "")));
        }
        csv.printRecord(row);
      }
    }
  }
}
