package io.github.qacatalog.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * This repository's build as a fresh clone has it (the root POM, the Maven wrapper, the licence and
 * every module the root POM lists), copied without build output, so that a nested build can run
 * on it without touching the folders of the build running the tests.
 */
final class SourceTreeCopy {
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final List<String> TOP_LEVEL = List.of("pom.xml", "mvnw", "mvnw.cmd", ".mvn", "LICENSE");

  private SourceTreeCopy() {}

  static Path of(Path root, Path target) {
    try {
      List<String> parts = new ArrayList<>(TOP_LEVEL);
      Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
      while (modules.find()) {
        parts.add(modules.group(1).strip());
      }
      for (String part : parts) {
        copy(root.resolve(part), target.resolve(part));
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Gives every POM of the copy {@code release} where it says {@code snapshot}: what a release
   * commit does to the version before the release is built.
   */
  static void setVersion(Path copy, String snapshot, String release) {
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path pom : files.filter(file -> file.getFileName().toString().equals("pom.xml")).toList()) {
        Files.writeString(pom, Files.readString(pom).replace(snapshot, release));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path source, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = source.relativize(file);
        if (relative.startsWith("target")) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
