package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.DiagnosticSink;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import io.github.qacatalog.processor.diagnostic.SettingValue;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.diagnostic.Tool;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 17.8: a heap too small for the file is reported as that, with the way to raise the heap of
 * the tool that ran out, never as an internal error at a line of the user's file. The stages are
 * made to fail, so that no test needs a real shortage.
 */
class OutOfMemoryReportTest {
  private static final byte[] FILE = "## One\n\n1. First?\n2. Second?\n".getBytes(StandardCharsets.UTF_8);

  /** Prints as a compiler does, for the tool given. */
  private record PrintingSink(Tool tool, List<String> printed) implements DiagnosticSink {
    @Override
    public void problem(Diagnostic shown, String path, Optional<SettingValue> setting) {
      printed.add(shown.format(path, tool));
    }

    @Override
    public void note(String text) {
      printed.add("note: " + text);
    }
  }

  private static List<String> run(Tool tool, ReportedCompilation.Stages stages) {
    PrintingSink sink = new PrintingSink(tool, new ArrayList<>());
    Optional<CatalogCompiler.Result> result = ReportedCompilation.run(stages, FILE,
        ReportedCompilation.DEFAULT_MAX_BYTES, "com.example", "QaCatalog", "qa/QA.md", "src/qa/QA.md",
        new Reporter(ReportingPolicy.DEFAULT, sink));
    assertThat(result).isEmpty();
    return sink.printed();
  }

  /** Stages that read the file as far as its third line and then find the heap full. */
  private static CatalogCompiler.Result outOfMemoryOnLine3(byte[] bytes, String packageName, String className,
      String sourceName, io.github.qacatalog.processor.diagnostic.Diagnostics diagnostics) {
    diagnostics.nowReading(new SourcePosition(3, 1));
    throw new OutOfMemoryError("Java heap space");
  }

  @Test
  void processorSaysTheHeapRanOutAndHowToRaiseTheCompilersHeap() {
    List<String> printed = run(Tool.PROCESSOR, OutOfMemoryReportTest::outOfMemoryOnLine3);

    assertThat(printed).containsExactly("error: the Java heap ran out of memory while working on src/qa/QA.md"
        + " (Java heap space) [out-of-memory]\n  hint: give the compiler a larger heap: MAVEN_OPTS=-Xmx2g for Maven,"
        + " org.gradle.jvmargs=-Xmx2g for Gradle, javac -J-Xmx2g; or split the file");
  }

  @Test
  void commandLineSaysHowToRaiseItsOwnHeap() {
    List<String> printed = run(Tool.COMMAND_LINE, OutOfMemoryReportTest::outOfMemoryOnLine3);

    assertThat(printed).hasSize(1);
    assertThat(printed.get(0)).contains("[out-of-memory]\n  hint: give the command line a larger heap: java -Xmx2g");
    assertThat(printed.get(0)).doesNotContain("MAVEN_OPTS");
  }

  @Test
  void outOfMemoryNamesNoLineAndNoBug() {
    String printed = run(Tool.PROCESSOR, OutOfMemoryReportTest::outOfMemoryOnLine3).get(0);

    assertThat(printed).doesNotContain(":3:1:");
    assertThat(printed).doesNotContain("while reading this line");
    assertThat(printed).doesNotContain("bug");
    assertThat(Message.OUT_OF_MEMORY.hasPlaceInFile()).isFalse();
  }

  /** A real bug is still one: an internal error at the line being read. */
  @Test
  void otherFailuresStayInternalErrorsAtTheLineBeingRead() {
    List<String> printed = run(Tool.PROCESSOR, (bytes, packageName, className, sourceName, diagnostics) -> {
      diagnostics.nowReading(new SourcePosition(3, 1));
      throw new StackOverflowError();
    });

    assertThat(printed.get(0)).startsWith("src/qa/QA.md:3:1: error: internal error in the qacatalog processor while"
        + " reading this line: java.lang.StackOverflowError [internal-error]");
  }
}
