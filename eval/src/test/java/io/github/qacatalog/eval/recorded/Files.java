package io.github.qacatalog.eval.recorded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes test files byte for byte, as a spreadsheet would export them. */
final class Files {
  private Files() {}

  /** Writes UTF-8 text exactly as given (no line ending added or changed). */
  static Path write(Path file, String text) {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path file, byte[] bytes) {
    try {
      return java.nio.file.Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines joined by CRLF, with a CRLF after the last, as a spreadsheet exports a CSV. */
  static String crlf(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }
}
