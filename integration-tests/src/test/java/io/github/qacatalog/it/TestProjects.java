package io.github.qacatalog.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a small project from {@code src/test/resources/projects} into a test's own folder. */
final class TestProjects {
  private TestProjects() {}

  static Path copy(String name, Path target) {
    URL url = TestProjects.class.getResource("/projects/" + name);
    if (url == null) {
      throw new AssertionError("no test project " + name);
    }
    try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
      Path source = Path.of(url.toURI());
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Puts the seed question file at {@code relativePath} inside {@code project}. */
  static Path withSeed(Path project, String relativePath) {
    try {
      Path file = project.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.copy(Artifacts.seed(), file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
