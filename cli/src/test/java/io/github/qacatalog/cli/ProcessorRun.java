package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac running the processor on one question file, {@code @QaSource("NAME")} with
 * {@code -Aqacatalog.root} set to the file's directory: what the processor prints through its
 * Messager, and the class it generates. The command line's output is compared with this, not
 * with a copy of the expected text.
 */
final class ProcessorRun {
  private final List<RecordingProcessor.Printed> printed;
  private final Path classes;

  private ProcessorRun(List<RecordingProcessor.Printed> printed, Path classes) {
    this.printed = printed;
    this.classes = classes;
  }

  /**
   * Compiles {@code package gen;} annotated with {@code @QaSource(value = "NAME", attributes)}.
   *
   * @param attributes more attributes of {@code @QaSource}, such as {@code strict = true}; may be empty
   */
  static ProcessorRun of(Path questionFile, Path work, String attributes, String... options) {
    try {
      Path sources = Files.createDirectories(work.resolve("src/gen"));
      Path classes = Files.createDirectories(work.resolve("classes"));
      Path packageInfo = sources.resolve("package-info.java");
      Files.writeString(packageInfo, "@QaSource(value = \"" + questionFile.getFileName() + "\""
          + (attributes.isEmpty() ? "" : ", " + attributes) + ")\npackage gen;\n\nimport io.github.qacatalog.QaSource;\n");
      List<String> arguments = new ArrayList<>(List.of(
          "-Aqacatalog.root=" + questionFile.toAbsolutePath().getParent(), "-d", classes.toString(),
          "-classpath", System.getProperty("java.class.path")));
      arguments.addAll(List.of(options));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
        JavaCompiler.CompilationTask task = javac.getTask(null, files, collector, arguments, null,
            files.getJavaFileObjects(packageInfo));
        RecordingProcessor processor = new RecordingProcessor();
        task.setProcessors(List.of(processor));
        task.call();
        return new ProcessorRun(processor.printed(), classes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the processor reported, as the command line prints it: each error and warning as its
   * message, each note as {@code note: } and its message, every line ended by {@code \n}.
   */
  String printed() {
    StringBuilder text = new StringBuilder();
    for (RecordingProcessor.Printed message : printed) {
      switch (message.kind()) {
        case ERROR, WARNING -> text.append(message.text()).append('\n');
        case NOTE -> text.append("note: ").append(message.text()).append('\n');
        default -> throw new AssertionError("the processor printed " + message);
      }
    }
    return text.toString();
  }


  /**
   * {@link #printed()} with the processor's hints and strict note in the command line's words, as
   * the command line prints the same problems: the messages alike, each tool naming its own settings.
   */
  String printedWithCommandLineHints() {
    String text = printed();
    for (Message message : Message.values()) {
      String processorHint = message.hint(Tool.PROCESSOR);
      if (!processorHint.isEmpty()) {
        text = text.replace("  hint: " + processorHint + "\n", "  hint: " + message.hint(Tool.COMMAND_LINE) + "\n");
      }
    }
    String processorNote = Message.strictModeNote(Tool.PROCESSOR, 1, "F");
    String commandLineNote = Message.strictModeNote(Tool.COMMAND_LINE, 1, "F");
    int common = processorNote.indexOf("counted as errors;");
    return text.replace(processorNote.substring(common), commandLineNote.substring(common));
  }

  /** Calls the public static no-argument method {@code method} of the generated {@code gen.QaCatalog}. */
  @SuppressWarnings("unchecked")
  <T> T callGenerated(String method) {
    try {
      URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ProcessorRun.class.getClassLoader());
      return (T) loader.loadClass("gen.QaCatalog").getMethod(method).invoke(null);
    } catch (IOException | ReflectiveOperationException e) {
      throw new AssertionError("no generated gen.QaCatalog: " + printed(), e);
    }
  }
}
