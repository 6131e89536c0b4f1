package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.compare.SummaryCsv;
import io.github.qacatalog.eval.result.RunResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@value #FILE_NAME}: one row per model, variant and category with the pass rate, the mean scores
 * and their 95 % intervals, and each model's paired comparison with the first (see {@link
 * SummaryCsv}). Not written when no answer was graded.
 */
public final class SummaryReport implements ReportWriter {
  /** The file's name in the report directory. */
  public static final String FILE_NAME = "summary.csv";

  @Override
  public void write(RunResult result, Path directory) throws IOException {
    if (!result.observations().isEmpty()) {
      ReportFiles.replaceAtomically(directory.resolve(FILE_NAME),
          file -> SummaryCsv.write(result.comparison(), file));
    }
  }
}
