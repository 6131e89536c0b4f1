package io.github.qacatalog.eval.store;

import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.compare.Observation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The graded answers of an earlier run, to compare a run with: from its output directory (its
 * {@code results.csv}, else its {@code run-log.jsonl}), a results CSV, or a run log. From a log,
 * the last record of each model, variant, question and sample counts, as the log is appended to.
 * Questions without a gold answer are left out.
 */
public final class EarlierRun {
  private static final String RESULTS = "results.csv";
  private static final String LOG = "run-log.jsonl";

  private EarlierRun() {}

  /**
   * Reads the earlier run.
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static List<Observation> read(Path path) throws IOException {
    Path file = path;
    if (Files.isDirectory(path)) {
      file = Files.exists(path.resolve(RESULTS)) ? path.resolve(RESULTS) : path.resolve(LOG);
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(path + ": no earlier run here (give its output directory,"
          + " its " + RESULTS + " or its " + LOG + ")");
    }
    List<Observation> observations = file.getFileName().toString().endsWith(".jsonl")
        ? fromLog(file) : fromCsv(file);
    if (observations.isEmpty()) {
      throw new IllegalArgumentException(file + ": the earlier run has no graded answer");
    }
    return observations;
  }

  private static List<Observation> fromLog(Path file) throws IOException {
    Map<String, RunRecord> last = new LinkedHashMap<>();
    for (RunRecord r : RunLog.read(file)) {
      last.put(r.model() + '\u0000' + r.variant() + '\u0000' + r.id() + '\u0000' + r.sample(), r);
    }
    List<Observation> out = new ArrayList<>();
    for (RunRecord r : last.values()) {
      if (Outcome.NO_GOLD_ANSWER.name().equals(r.outcome())) {
        continue;
      }
      out.add(new Observation(r.model(), r.variant(), r.id(), r.category(), r.sample() - 1,
          Boolean.TRUE.equals(r.passed()), r.scores(), "", r.response()));
    }
    return out;
  }

  private static List<Observation> fromCsv(Path file) throws IOException {
    List<Observation> out = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVParser.parse(in, format)) {
      List<String> header = csv.getHeaderNames();
      for (String column : List.of("model", "variant", "sample", "category", "id", "passed")) {
        if (!header.contains(column)) {
          throw new IllegalArgumentException(file + ":1: no " + column
              + " column; an earlier run's results.csv has one");
        }
      }
      int passedAt = header.indexOf("passed");
      int outcomeAt = header.indexOf("outcome");
      List<String> scoreColumns = outcomeAt > passedAt
          ? header.subList(passedAt + 1, outcomeAt) : List.of();
      for (CSVRecord row : csv) {
        String passed = row.get("passed");
        if (passed.isEmpty()) {
          continue;
        }
        int sample;
        try {
          sample = Integer.parseInt(row.get("sample"));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(file + ":" + (row.getRecordNumber() + 1) + ":"
              + (header.indexOf("sample") + 1) + ": sample is no number: " + row.get("sample"));
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String s : scoreColumns) {
          String value = row.get(s);
          if (!value.isEmpty()) {
            try {
              scores.put(s, Double.parseDouble(value));
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException(file + ":" + (row.getRecordNumber() + 1) + ":"
                  + (header.indexOf(s) + 1) + ": score " + s + " is no number: " + value);
            }
          }
        }
        out.add(new Observation(row.get("model"), row.get("variant"), row.get("id"),
            row.get("category"), sample - 1, Boolean.parseBoolean(passed), scores,
            row.isMapped("question") ? row.get("question") : "",
            row.isMapped("response") ? row.get("response") : ""));
      }
    }
    return out;
  }
}
