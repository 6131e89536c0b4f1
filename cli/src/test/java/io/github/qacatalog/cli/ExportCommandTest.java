package io.github.qacatalog.cli;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.export.QaCsvWriter;
import io.github.qacatalog.export.QaJsonLinesWriter;
import io.github.qacatalog.export.QaMarkdownWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code export} writes the same bytes as the export API given the class the processor generates
 * for the same file.
 */
class ExportCommandTest {
  @TempDir
  Path dir;

  static Stream<Arguments> filesAndFormats() {
    return Stream.of("jsonl", "csv", "md").flatMap(format -> Stream.of(
        Arguments.of("seed", format), Arguments.of("questions with answers", format)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("filesAndFormats")
  void writesWhatTheExportApiWritesForTheGeneratedCatalog(String file, String format) {
    Path source = file.equals("seed") ? QuestionFiles.seed() : QuestionFiles.questionsWithAnswers();
    Path copy = QuestionFiles.copy(source, dir);
    ProcessorRun generated = ProcessorRun.of(copy, dir.resolve("javac"), "");
    List<QaItem> all = generated.callGenerated("all");
    List<QaCategory> categories = generated.callGenerated("categories");
    String expected = switch (format) {
      case "jsonl" -> {
        StringWriter out = new StringWriter();
        QaJsonLinesWriter.write(all, out);
        yield out.toString();
      }
      case "csv" -> {
        StringBuilder out = new StringBuilder();
        QaCsvWriter.write(all, out);
        yield out.toString();
      }
      default -> QaMarkdownWriter.render(categories);
    };

    CommandRun run = CommandRun.of("export", "--format", format, copy.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(all).isNotEmpty();
    assertThat(run.outBytes()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    // The seed's warnings go to stderr, as check prints them; the deep dive has none.
    assertThat(run.err()).isEqualTo(generated.printedWithCommandLineHints());
  }

  @Test
  void fileWithAnErrorWritesNothingToStdoutAndItsProblemsToStderr() {
    String file = QuestionFiles.write(dir, "QA.md", "## One\n\n1. First?\n1. Again?\n").toString();
    CommandRun run = CommandRun.of("export", "--format", "jsonl", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outBytes()).isEmpty();
    assertThat(run.err()).isEqualTo(CommandRun.of("check", file).out());
    assertThat(run.err()).contains(file + ":4:1: error: question number 1 is already used on line 3");
  }

  @Test
  void missingFileWritesNothingAndExitsOne() {
    CommandRun run = CommandRun.of("export", "--format", "csv", dir.resolve("absent.md").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outBytes()).isEmpty();
    assertThat(run.err()).startsWith("error: question file ");
  }

  @Test
  void missingOrUnknownFormatIsAUsageError() {
    String file = QuestionFiles.copy(QuestionFiles.seed(), dir).toString();
    for (String[] args : List.of(new String[] {"export", file}, new String[] {"export", "--format", "xml", file},
        new String[] {"export", "--format", "csv"}, new String[] {"export", "--format", "csv", file, file})) {
      CommandRun run = CommandRun.of(args);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.outBytes()).isEmpty();
      assertThat(run.err()).contains("Usage: qacatalog export");
    }
  }
}
