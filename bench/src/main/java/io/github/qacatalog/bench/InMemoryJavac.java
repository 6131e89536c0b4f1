package io.github.qacatalog.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles one generated source with the running JDK's javac, annotation processing off. */
final class InMemoryJavac {
  private InMemoryJavac() {}

  /** Compiles {@code source}, the text of {@code qualifiedName}; throws with javac's messages if it fails. */
  static void compile(String qualifiedName, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path output = null;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      output = Files.createTempDirectory("qacatalog-bench");
      JavaFileObject file = new SimpleJavaFileObject(
          URI.create("string:///" + qualifiedName.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      List<String> options = List.of("-proc:none", "-implicit:none", "-Xlint:none", "-nowarn",
          "-classpath", RuntimeClassPath.get(), "-d", output.toString());
      boolean ok = javac.getTask(null, files, diagnostics, options, null, List.of(file)).call();
      if (!ok) {
        throw new IllegalStateException("javac failed on the generated source: " + diagnostics.getDiagnostics());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(output);
    }
  }

  private static void delete(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }
}
