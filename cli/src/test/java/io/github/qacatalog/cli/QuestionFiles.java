package io.github.qacatalog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The question files the tests run on. */
final class QuestionFiles {
  private QuestionFiles() {}

  /** The seed, byte for byte: the example's copy. Four warnings, no error. */
  static Path seed() {
    return Path.of(System.getProperty("qacatalog.seed"));
  }

  /** A catalog in the Question/Answer format with answers: the example's deep dive. */
  static Path questionsWithAnswers() {
    return Path.of(System.getProperty("qacatalog.answers"));
  }

  /** The lines of a test resource. */
  static List<String> lines(String resource) {
    try (InputStream in = QuestionFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code markdown} to {@code name} in {@code directory}. */
  static Path write(Path directory, String name, String markdown) {
    try {
      return Files.writeString(directory.resolve(name), markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code file} into {@code directory}, so that the processor and the command line name it alike. */
  static Path copy(Path file, Path directory) {
    try {
      return Files.copy(file, directory.resolve(file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
