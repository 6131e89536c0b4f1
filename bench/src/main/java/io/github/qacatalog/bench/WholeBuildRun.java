package io.github.qacatalog.bench;

import io.github.qacatalog.processor.QaCatalogProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A user's whole build of a question file, in a fresh JVM: javac with the processor on a {@code
 * package-info.java} that names the file, so that the time holds reading the file, generating the
 * catalog and compiling it, classes written to disk. Prints one {@code RESULT} line: the elapsed
 * time and the CPU time of the process (every thread) in nanoseconds.
 */
public final class WholeBuildRun {
  private WholeBuildRun() {}

  /** Arguments: questions, sections. */
  public static void main(String[] args) throws IOException {
    byte[] file = SyntheticQuestionFile.generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 42);
    Path directory = Files.createTempDirectory("qacatalog-build");
    try {
      Files.write(Files.createDirectories(directory.resolve("qa")).resolve("QA.md"), file);
      Path sources = Files.createDirectories(directory.resolve("src/bench/build"));
      Path packageInfo = sources.resolve("package-info.java");
      Files.writeString(packageInfo, "@io.github.qacatalog.QaSource(\"qa/QA.md\")\npackage bench.build;\n",
          StandardCharsets.UTF_8);
      Path classes = Files.createDirectories(directory.resolve("classes"));
      Path generated = Files.createDirectories(directory.resolve("generated"));

      long cpu = Clock.processCpu();
      long start = System.nanoTime();
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      boolean ok;
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = List.of("-implicit:none", "-Xlint:none", "-nowarn", "-d", classes.toString(),
            "-s", generated.toString(), "-classpath", RuntimeClassPath.get(),
            "-Aqacatalog.root=" + directory);
        JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
            files.getJavaFileObjects(packageInfo));
        task.setProcessors(List.of(new QaCatalogProcessor()));
        ok = task.call();
      }
      long elapsed = System.nanoTime() - start;
      cpu = Clock.processCpu() - cpu;
      if (!ok) {
        throw new IllegalStateException("the build failed: " + diagnostics.getDiagnostics());
      }
      System.out.println(String.format(Locale.ROOT, "RESULT build=%d buildCpu=%d", elapsed, cpu));
    } finally {
      try (Stream<Path> paths = Files.walk(directory)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
