package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a question file named on the command line, never more than the limit and one byte: a
 * regular file larger than the limit is refused by its size before a byte is read; a pipe, a
 * device or standard input ({@code -}) is read until it passes the limit, and refused there.
 * Whatever goes wrong is reported with the processor's messages, worded for the command line.
 */
final class QuestionFileReader {
  /** What {@code FILE} reads standard input for, as Unix tools take it. */
  static final String STANDARD_INPUT = "-";
  /** The name standard input goes by in messages, as compilers print it. */
  static final String STANDARD_INPUT_NAME = "<stdin>";
  /** More than this many links in a row is a loop, as the kernel counts (Linux's MAXSYMLINKS is 40). */
  private static final int MAX_LINKS = 40;
  /** The largest array the JVM makes. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private QuestionFileReader() {}

  /** The name {@code file} goes by in messages. */
  static String displayName(String file) {
    return file.equals(STANDARD_INPUT) ? STANDARD_INPUT_NAME : file;
  }

  /**
   * The bytes of {@code file}, the path as the user typed it, or {@code -} for {@code stdin}.
   *
   * @return the bytes, at most {@code maxBytes}; empty when a problem was reported
   */
  static Optional<byte[]> read(String file, long maxBytes, InputStream stdin, Reporter reporter) {
    if (file.equals(STANDARD_INPUT)) {
      return readStream(stdin, STANDARD_INPUT_NAME, maxBytes, reporter);
    }
    Path path;
    BasicFileAttributes attributes;
    try {
      path = Path.of(file);
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      reporter.report(file, Message.FILE_NOT_FOUND, file,
          Message.listOfPlaces(List.of(Path.of(file).toAbsolutePath().normalize().toString())));
      return Optional.empty();
    } catch (IOException | InvalidPathException | SecurityException e) {
      reporter.report(file, Message.FILE_UNREADABLE, file, reason(file, e));
      return Optional.empty();
    }
    if (attributes.isDirectory()) {
      reporter.report(file, Message.FILE_UNREADABLE, file, file + " is a directory");
      return Optional.empty();
    }
    if (attributes.isRegularFile() && attributes.size() > maxBytes) {
      reporter.report(file, SourcePosition.START, Message.FILE_TOO_LARGE, attributes.size(), maxBytes);
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readStream(in, file, maxBytes, reporter);
    } catch (IOException | SecurityException e) {
      reporter.report(file, Message.FILE_UNREADABLE, file, reason(file, e));
      return Optional.empty();
    }
  }

  /** Reads {@code in} up to one byte past the limit, so that a stream without end is refused too. */
  private static Optional<byte[]> readStream(InputStream in, String name, long maxBytes, Reporter reporter) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(maxBytes + 1, MAX_ARRAY));
    } catch (IOException e) {
      reporter.report(name, Message.FILE_UNREADABLE, name, e.toString());
      return Optional.empty();
    }
    if (bytes.length > maxBytes) {
      reporter.report(name, SourcePosition.START, Message.INPUT_TOO_LARGE, maxBytes);
      return Optional.empty();
    }
    return Optional.of(bytes);
  }

  /** Why {@code file} cannot be read; a loop of symbolic links is named as one, with its links. */
  private static String reason(String file, Exception failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    return linkLoop(file).map(links -> file + " is a loop of symbolic links: " + links).orElse(failure.toString());
  }

  /**
   * The links that {@code file} leads through, as {@code a -> b -> a}, when they come back to one
   * already followed (or go on past the kernel's count) instead of reaching a file.
   */
  private static Optional<String> linkLoop(String file) {
    try {
      List<Path> followed = new ArrayList<>();
      Path current = Path.of(file).toAbsolutePath().normalize();
      while (Files.isSymbolicLink(current)) {
        boolean again = followed.contains(current);
        followed.add(current);
        if (again || followed.size() > MAX_LINKS) {
          return Optional.of(String.join(" -> ", followed.stream().map(Path::toString).toList()));
        }
        current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
      }
      return Optional.empty();
    } catch (IOException | InvalidPathException | SecurityException e) {
      return Optional.empty();
    }
  }
}
