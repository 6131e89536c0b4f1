package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.compare.Observation;
import io.github.qacatalog.eval.compare.QuestionChange;
import io.github.qacatalog.eval.compare.RunDiff;
import io.github.qacatalog.eval.result.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@value #FILE_NAME}: per question whose outcome changed against an earlier run, one row: a
 * regression (passed before, fails now) or a fix. Each model is compared with the model of the
 * same name in the earlier run, or, when the earlier run has none of its names, the first with the
 * first.
 */
public final class RegressionReport implements ReportWriter {
  /** The file's name in the report directory. */
  public static final String FILE_NAME = "regressions.csv";

  /** The columns. */
  public static final List<String> HEADER = List.of("model", "earlier_model", "variant", "id",
      "category", "question", "change", "passed_before", "passed_now");

  private final List<Observation> earlier;

  /** Against the graded answers of the earlier run. */
  public RegressionReport(List<Observation> earlier) {
    this.earlier = List.copyOf(earlier);
  }

  /** The run against the earlier one, per model compared. */
  public List<RunDiff> diffs(RunResult result) {
    List<Observation> now = result.observations();
    if (now.isEmpty()) {
      return List.of();
    }
    Set<String> earlierModels = earlier.stream().map(Observation::model)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    List<RunDiff> diffs = new ArrayList<>();
    for (String model : result.models()) {
      if (earlierModels.contains(model)) {
        diffs.add(RunDiff.of(earlier, model, now, model));
      }
    }
    if (diffs.isEmpty()) {
      diffs.add(RunDiff.of(earlier, earlier.get(0).model(), now, result.model()));
    }
    return diffs;
  }

  @Override
  public void write(RunResult result, Path directory) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    List<RunDiff> diffs = diffs(result);
    ReportFiles.writeAtomically(directory.resolve(FILE_NAME), out -> {
      CSVPrinter csv = new CSVPrinter(out, format);
      for (RunDiff d : diffs) {
        for (QuestionChange c : d.regressions()) {
          csv.printRecord(row(d, c, "regression"));
        }
        for (QuestionChange c : d.fixes()) {
          csv.printRecord(row(d, c, "fix"));
        }
      }
      csv.flush();
    });
  }

  private static List<String> row(RunDiff d, QuestionChange c, String change) {
    return List.of(d.model(), d.earlierModel(), c.variant(), c.questionId(), c.category(),
        c.question(), change, Double.toString(c.before()), Double.toString(c.now()));
  }
}
