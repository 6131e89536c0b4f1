package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.compare.JUnitXmlReport;
import io.github.qacatalog.eval.result.RunResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@value #FILE_NAME}: a JUnit XML report for CI dashboards, one test case per question, model
 * and sample, a failure for each answer that failed (see {@link JUnitXmlReport}).
 */
public final class JUnitReport implements ReportWriter {
  /** The file's name in the report directory. */
  public static final String FILE_NAME = "junit.xml";

  @Override
  public void write(RunResult result, Path directory) throws IOException {
    ReportFiles.replaceAtomically(directory.resolve(FILE_NAME),
        file -> JUnitXmlReport.write(result.observations(), "qacatalog-eval", file));
  }
}
