package io.github.qacatalog.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the class files that must go so that the next compile regenerates the catalogs.
 *
 * <p>maven-compiler-plugin decides what to compile from the {@code .java} files alone: it compares
 * each with its {@code .class} file. A question file is not a source to it, so an edit to it alone
 * ends in "Nothing to compile" and a stale catalog. Deleting the class file of every source that
 * carries {@code @QaSource} makes that source stale; the compiler recompiles it, javac runs the
 * processor on it, and the processor writes the catalog anew.
 *
 * <p>Which question file belongs to which source is only known to the processor, so a source is
 * taken as stale when any question file is newer than its class file. That costs at most one
 * extra compile after editing an unrelated Markdown file; it never leaves a stale catalog.
 */
final class StaleCatalogSources {
  /** Any spelling of the annotation in a source contains this. */
  private static final String MARK = "QaSource";

  private StaleCatalogSources() {}

  /** A class file to delete, with the question file that is newer than it. */
  record Stale(Path classFile, Path newerQuestionFile) {}

  static List<Stale> find(List<Path> sourceRoots, Path outputDirectory, List<Path> questionDirectories,
      List<String> questionFileSuffixes) throws IOException {
    Optional<Path> newest = newestQuestionFile(questionDirectories, questionFileSuffixes);
    if (newest.isEmpty()) {
      return List.of();
    }
    FileTime questionsChanged = Files.getLastModifiedTime(newest.get());
    List<Stale> stale = new ArrayList<>();
    for (Path root : sourceRoots) {
      for (Path source : javaFilesUnder(root)) {
        if (!mentionsQaSource(source)) {
          continue;
        }
        String relative = root.relativize(source).toString();
        Path classFile = outputDirectory.resolve(relative.substring(0, relative.length() - ".java".length()) + ".class");
        if (Files.isRegularFile(classFile) && Files.getLastModifiedTime(classFile).compareTo(questionsChanged) < 0) {
          stale.add(new Stale(classFile, newest.get()));
        }
      }
    }
    return stale;
  }

  private static Optional<Path> newestQuestionFile(List<Path> directories, List<String> suffixes) throws IOException {
    Path newest = null;
    FileTime newestTime = null;
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (Files.isRegularFile(file) && hasSuffix(file, suffixes)) {
            FileTime time = Files.getLastModifiedTime(file);
            if (newestTime == null || time.compareTo(newestTime) > 0) {
              newest = file;
              newestTime = time;
            }
          }
        }
      }
    }
    return Optional.ofNullable(newest);
  }

  private static boolean hasSuffix(Path file, List<String> suffixes) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return suffixes.stream().anyMatch(suffix -> name.endsWith(suffix.toLowerCase(Locale.ROOT)));
  }

  private static List<Path> javaFilesUnder(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".java") && Files.isRegularFile(file))
          .sorted()
          .toList();
    }
  }

  private static boolean mentionsQaSource(Path source) throws IOException {
    // ISO-8859-1 maps every byte to one char, so any source encoding reads without error.
    return new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1).contains(MARK);
  }
}
