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
   * line being read, and a heap too small for the file as that, never thrown.
   *
   * @param sourceName the path as {@code @QaSource} names it, recorded in the generated code
   * @param displayPath the path to print in messages
   * @return the result, when nothing was shown as an error; empty otherwise
   */
  public static Optional<CatalogCompiler.Result> compile(byte[] bytes, long maxBytes, String packageName,
      String className, String sourceName, String displayPath, Reporter reporter) {
    return run(CatalogCompiler::compile, bytes, maxBytes, packageName, className, sourceName, displayPath, reporter);
  }

  /**
   * The stages that {@link #run} runs: {@link CatalogCompiler#compile}, or {@link CatalogCompiler#check}
   * for a tool that needs no Java source.
   */
  @FunctionalInterface
  public interface Stages {
    CatalogCompiler.Result run(byte[] bytes, String packageName, String className, String sourceName,
        Diagnostics diagnostics);
  }

  /**
   * Runs {@code stages} on {@code bytes} and reports what they found, as {@link #compile} does;
   * tests pass stages that fail, to see how a failure is reported.
   */
  public static Optional<CatalogCompiler.Result> run(Stages stages, byte[] bytes, long maxBytes, String packageName,
      String className, String sourceName, String displayPath, Reporter reporter) {
    Diagnostics diagnostics = new Diagnostics();
    if (bytes.length > maxBytes) {
      diagnostics.report(Message.FILE_TOO_LARGE, SourcePosition.START, (long) bytes.length, maxBytes);
      reporter.report(displayPath, diagnostics);
      return Optional.empty();
    }
    CatalogCompiler.Result result;
    try {
      result = stages.run(bytes, packageName, className, sourceName, diagnostics);
    } catch (OutOfMemoryError e) {
      // The heap is too small for this file, which no line of it is to blame for. The problems
      // found so far are let go with the rest, so that there is room to report it.
      diagnostics = null;
      reporter.report(displayPath, Message.OUT_OF_MEMORY, displayPath, e.getMessage());
      return Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      reporter.report(displayPath, diagnostics.reading(), Message.INTERNAL_ERROR, e);
      return Optional.empty();
    }
    boolean failed = reporter.report(displayPath, diagnostics);
    return failed ? Optional.empty() : Optional.of(result);
  }
}
