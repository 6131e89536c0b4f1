package io.github.qacatalog.eval.store;

import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.compare.Observation;
import io.github.qacatalog.eval.result.ItemResult;
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
 * the last record of each model, variant, question, wording and sample counts, as the log is
 * appended to. Questions without a gold answer are left out. An answer to a paraphrase is an
 * observation of its own, under {@code <id>~p<n>} ({@code ItemResult.wordingId}), as in the run's
 * own observations; files written before wordings existed read as wording 0.
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
      last.put(r.model() + '\u0000' + r.variant() + '\u0000' + r.id() + '\u0000' + r.wording()
          + '\u0000' + r.sample(), r);
    }
    List<Observation> out = new ArrayList<>();
    for (RunRecord r : last.values()) {
      if (Outcome.NO_GOLD_ANSWER.name().equals(r.outcome())) {
        continue;
      }
      out.add(new Observation(r.model(), r.variant(), ItemResult.wordingId(r.id(), r.wording()),
          r.category(), r.sample() - 1,
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
        int wording = 0;
        if (row.isMapped("wording") && !row.get("wording").isEmpty()) {
          try {
            wording = Integer.parseInt(row.get("wording"));
          } catch (NumberFormatException e) {
            wording = -1;
          }
          if (wording < 0) {
            throw new IllegalArgumentException(file + ":" + (row.getRecordNumber() + 1) + ":"
                + (header.indexOf("wording") + 1) + ": wording is no number from 0: "
                + row.get("wording"));
          }
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
        out.add(new Observation(row.get("model"), row.get("variant"),
            ItemResult.wordingId(row.get("id"), wording),
            row.get("category"), sample - 1, Boolean.parseBoolean(passed), scores,
            row.isMapped("question") ? row.get("question") : "",
            row.isMapped("response") ? row.get("response") : ""));
      }
    }
    return out;
  }
}
