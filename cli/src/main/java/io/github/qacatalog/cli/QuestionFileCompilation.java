package io.github.qacatalog.cli;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.ReportedCompilation;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a question file named on the command line with {@link QuestionFileReader} and hands it to
 * {@link ReportedCompilation}, the processor's own step: the same stages and messages, without
 * the generated Java source, which neither command needs.
 */
final class QuestionFileCompilation {
  /** What {@code @QaSource} generates when it names no class; some checks depend on the name. */
  static final String CLASS_NAME = "QaCatalog";

  private QuestionFileCompilation() {}

  /**
   * Compiles {@code file}, the path as the user typed it, which is also the path printed, or
   * {@code -} for {@code stdin}.
   *
   * @return the result, when nothing was shown as an error
   */
  static Optional<CatalogCompiler.Result> compile(String file, long maxBytes, InputStream stdin, Reporter reporter) {
    return compile(file, maxBytes, stdin, reporter, CatalogCompiler::check);
  }

  /** As {@link #compile(String, long, InputStream, Reporter)}, with other stages: tests make them fail. */
  static Optional<CatalogCompiler.Result> compile(String file, long maxBytes, InputStream stdin, Reporter reporter,
      ReportedCompilation.Stages stages) {
    String name = QuestionFileReader.displayName(file);
    Optional<byte[]> bytes;
    try {
      bytes = QuestionFileReader.read(file, maxBytes, stdin, reporter);
    } catch (OutOfMemoryError e) {
      reporter.report(name, Message.OUT_OF_MEMORY, name, e.getMessage());
      return Optional.empty();
    }
    return bytes.flatMap(read -> ReportedCompilation.run(stages, read, maxBytes, "", CLASS_NAME, name, name, reporter));
  }
}
