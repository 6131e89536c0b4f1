package io.github.qacatalog.it;

import io.github.qacatalog.QaItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalog as lines of {@code number TAB category title TAB question}, in {@code all()} order, so
 * that a compiled catalog and an expected one compare line by line.
 */
final class CatalogRows {
  private CatalogRows() {}

  /** Loads {@code className} from compiled classes and lists its {@code all()}. */
  static List<String> compiled(Path classes, String className) {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        CatalogRows.class.getClassLoader())) {
      Object all = loader.loadClass(className).getMethod("all").invoke(null);
      List<String> rows = new ArrayList<>();
      for (Object item : (List<?>) all) {
        QaItem question = (QaItem) item;
        rows.add(question.number() + "\t" + question.category().title() + "\t" + question.question());
      }
      return rows;
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
      throw new AssertionError("could not list " + className + ".all() from " + classes, cause);
    }
  }

  /** The rows written down in a test resource (UTF-8, one question a line). */
  static List<String> expected(String resource) {
    try (var in = CatalogRows.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new AssertionError("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source file the processor generated, for comparing two compilers' outputs byte for byte. */
  static String generatedSource(Path generatedSources, String className) {
    try {
      return Files.readString(generatedSources.resolve(className.replace('.', '/') + ".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
