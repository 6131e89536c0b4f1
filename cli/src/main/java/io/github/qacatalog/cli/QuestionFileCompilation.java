package io.github.qacatalog.cli;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.ReportedCompilation;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a question file named on the command line and hands it to {@link ReportedCompilation},
 * the processor's own step: the same limit, stages and messages. A file that is missing or cannot
 * be read is reported with the processor's messages for that too.
 */
final class QuestionFileCompilation {
  /** What {@code @QaSource} generates when it names no class; some checks depend on the name. */
  static final String CLASS_NAME = "QaCatalog";

  private QuestionFileCompilation() {}

  /**
   * Compiles {@code file}, the path as the user typed it, which is also the path printed.
   *
   * @return the result, when nothing was shown as an error
   */
  static Optional<CatalogCompiler.Result> compile(String file, Reporter reporter) {
    byte[] bytes;
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        reporter.report(file, Message.FILE_UNREADABLE, file, file + " is a directory");
        return Optional.empty();
      }
      if (!Files.exists(path)) {
        reporter.report(file, Message.FILE_NOT_FOUND, file,
            Message.listOfPlaces(List.of(path.toAbsolutePath().normalize().toString())));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException | InvalidPathException | SecurityException e) {
      reporter.report(file, Message.FILE_UNREADABLE, file, e.toString());
      return Optional.empty();
    }
    return ReportedCompilation.compile(bytes, ReportedCompilation.DEFAULT_MAX_BYTES, "", CLASS_NAME, file, file,
        reporter);
  }
}
