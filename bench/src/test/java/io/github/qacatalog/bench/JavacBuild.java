package io.github.qacatalog.bench;

import io.github.qacatalog.processor.QaCatalogProcessor;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A build as a user's would run it: javac with the processor on a {@code package-info.java} that
 * names a question file, classes written to disk, then loaded.
 *
 * @param errors javac's error messages; empty when the build succeeded
 */
record JavacBuild(List<String> errors, Path classes, Path generatedSources) {
  static final String PACKAGE = "com.example.scale";

  /** Builds {@code questionFile}, written to {@code directory}/qa/QA.md, in {@code directory}. */
  static JavacBuild run(Path directory, byte[] questionFile) throws IOException {
    Path qa = Files.createDirectories(directory.resolve("qa"));
    Files.write(qa.resolve("QA.md"), questionFile);
    Path sources = Files.createDirectories(directory.resolve("src/" + PACKAGE.replace('.', '/')));
    Path packageInfo = sources.resolve("package-info.java");
    Files.writeString(packageInfo, "@io.github.qacatalog.QaSource(\"qa/QA.md\")\npackage " + PACKAGE + ";\n",
        StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(directory.resolve("classes"));
    Path generated = Files.createDirectories(directory.resolve("generated"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
          "-classpath", System.getProperty("java.class.path"), "-Aqacatalog.root=" + directory, "-Xlint:none");
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(packageInfo));
      task.setProcessors(List.of(new QaCatalogProcessor()));
      task.call();
    }
    List<String> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(d -> d.getMessage(Locale.ROOT)).toList();
    return new JavacBuild(errors, classes, generated);
  }

  /** A class loader over the built classes; the runtime types come from the test class path. */
  URLClassLoader classLoader() throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavacBuild.class.getClassLoader());
  }

  String generatedSource() throws IOException {
    return Files.readString(generatedSources.resolve(PACKAGE.replace('.', '/') + "/QaCatalog.java"), StandardCharsets.UTF_8);
  }
}
