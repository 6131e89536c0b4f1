package io.github.qacatalog.eval.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** How reports reach the disk: whole or not at all, in UTF-8, malformed text replaced. */
public final class ReportFiles {
  /** What writes a report's text. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private ReportFiles() {}

  /**
   * Writes {@code file} through a temporary file in its folder, then moves it into place (atomically
   * where the file system can). A failure (a full disk, say) deletes the temporary file and leaves
   * the previous report as it was. Text is encoded as UTF-8, a lone surrogate as U+FFFD.
   */
  public static void writeAtomically(Path file, Body body) throws IOException {
    replaceAtomically(file, temporary -> {
      try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
          StandardCharsets.UTF_8.newEncoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8))))) {
        body.writeTo(out);
      }
    });
  }

  /** What writes a report to a file of its own, given the file's path. */
  @FunctionalInterface
  public interface FileBody {
    void writeTo(Path file) throws IOException;
  }

  /**
   * As {@link #writeAtomically(Path, Body)}, for a writer that takes a path (such as {@code
   * SummaryCsv.write}): it writes a temporary file in the same folder, which then replaces {@code
   * file}, or is deleted when writing fails.
   */
  public static void replaceAtomically(Path file, FileBody body) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      body.writeTo(temporary);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
