package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.result.RunResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A report of a run, written at its end: the extension point for another format (HTML, say).
 *
 * <p>A writer only ever receives a {@link RunResult} whose texts are already masked (keys and other
 * secrets replaced) and well-formed (malformed text replaced by U+FFFD), so that no report can
 * leak a key whatever its author remembers. Write through {@link ReportFiles#writeAtomically}, so
 * that a failure never leaves a partial report where a good one was.
 */
public interface ReportWriter {
  /**
   * Writes the report into {@code directory} (it exists). Throwing fails the run's reporting with
   * the message, after the run log holds every answer.
   */
  void write(RunResult result, Path directory) throws IOException;
}
