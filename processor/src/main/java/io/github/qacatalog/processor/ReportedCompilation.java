package io.github.qacatalog.processor;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.Optional;

/**
 * Compiles the bytes of one question file and reports its problems: the step that the processor
 * and the command line share once they hold the file, so that both check the same limit, run
 * the same stages and print the same messages.
 */
public final class ReportedCompilation {
  /** The largest file accepted unless the user raises the limit: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private ReportedCompilation() {}

  /**
   * Compiles {@code bytes} with {@link CatalogCompiler} and reports every problem through
   * {@code reporter}. An unexpected failure of a stage is reported as an internal error at the
   * line being read, never thrown.
   *
   * @param sourceName the path as {@code @QaSource} names it, recorded in the generated code
   * @param displayPath the path to print in messages
   * @return the result, when nothing was shown as an error; empty otherwise
   */
  public static Optional<CatalogCompiler.Result> compile(byte[] bytes, long maxBytes, String packageName,
      String className, String sourceName, String displayPath, Reporter reporter) {
    Diagnostics diagnostics = new Diagnostics();
    if (bytes.length > maxBytes) {
      diagnostics.report(Message.FILE_TOO_LARGE, SourcePosition.START, (long) bytes.length, maxBytes);
      reporter.report(displayPath, diagnostics);
      return Optional.empty();
    }
    CatalogCompiler.Result result;
    try {
      result = CatalogCompiler.compile(bytes, packageName, className, sourceName, diagnostics);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      reporter.report(displayPath, diagnostics.reading(), Message.INTERNAL_ERROR, e);
      return Optional.empty();
    }
    boolean failed = reporter.report(displayPath, diagnostics);
    return failed ? Optional.empty() : Optional.of(result);
  }
}
