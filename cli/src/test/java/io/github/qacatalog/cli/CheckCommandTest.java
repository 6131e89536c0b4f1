package io.github.qacatalog.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import io.github.qacatalog.processor.diagnostic.Tool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} prints what the processor prints, and exits 0, 1 or 2. */
class CheckCommandTest {
  @TempDir
  Path dir;

  /** The seed where the processor finds it, named by the path the processor prints. */
  private String seedCopy() {
    return QuestionFiles.copy(QuestionFiles.seed(), dir).toString();
  }

  private ProcessorRun processor(String file, String attributes, String... options) {
    return ProcessorRun.of(Path.of(file), dir.resolve("javac"), attributes, options);
  }

  @Test
  void seedPrintsTheProcessorsFourWarningsAndExitsZero() {
    String seed = seedCopy();
    CommandRun run = CommandRun.of("check", seed);

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(processor(seed, "").printedWithCommandLineHints());
    assertThat(run.out().lines().filter(line -> !line.startsWith("  hint: ")).toList()).containsExactly(
        seed + ":27:5: warning: question starts with a lowercase letter (\"our\"); was its first letter lost? [lowercase-start]",
        seed + ":28:8: warning: \"\u00e2\u20ac\u2122\" looks like UTF-8 read as Windows-1252; it was probably \"\u2019\""
            + " (U+2019 RIGHT SINGLE QUOTATION MARK) [mojibake]",
        seed + ":31:5: warning: question starts with a lowercase letter (\"ou've\"); was its first letter lost? [lowercase-start]",
        seed + ":41:1: warning: question 30 follows question 28: 29 is missing [numbering-gap]").inOrder();
  }

  /** The path is printed as typed: here relative, as a fixture of the expected lines holds it. */
  @Test
  void pathIsPrintedAsTypedAndTheOutputIsUtf8() throws Exception {
    String typed = Path.of("").toAbsolutePath().relativize(QuestionFiles.seed()).toString();
    CommandRun run = CommandRun.of("check", typed);

    List<String> expected = QuestionFiles.lines("seed-check.txt").stream()
        .map(line -> line.replace("SEED", typed)).toList();
    assertThat(run.out().lines().toList()).isEqualTo(expected);
    assertThat(run.outBytes()).isEqualTo(run.out().getBytes(StandardCharsets.UTF_8));
    assertThat(run.out()).contains("\u00e2\u20ac\u2122");
  }

  @Test
  void strictPrintsTheProcessorsErrorsAndNoteAndExitsOne() {
    String seed = seedCopy();
    CommandRun run = CommandRun.of("check", "--strict", seed);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(processor(seed, "", "-Aqacatalog.strict=true").printedWithCommandLineHints());
    assertThat(run.out()).contains(seed + ":41:1: error: question 30 follows question 28");
    assertThat(run.out()).contains("note: qacatalog strict mode: 4 warning(s) of " + seed + " counted as errors");
  }

  @Test
  void acceptedWarningsAreLeftOutAsWithTheAnnotation() {
    String seed = seedCopy();
    CommandRun run = CommandRun.of("check", "--strict", "--accept", "numbering-gap:41", "--accept=mojibake:28", seed);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(processor(seed, "strict = true, accept = {\"numbering-gap:41\", \"mojibake:28\"}").printedWithCommandLineHints());
    assertThat(run.out()).doesNotContain("numbering-gap]");
    assertThat(run.out()).contains("2 warning(s)");
  }

  @Test
  void acceptingEveryWarningLetsAStrictCheckPassSilently() {
    CommandRun run = CommandRun.of("check", "--strict", "--accept", "numbering-gap:41", "--accept", "mojibake:28",
        "--accept", "lowercase-start", seedCopy());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownAcceptCodeIsReportedOnTheFileInTheCommandLinesWords() {
    String seed = seedCopy();
    CommandRun lenient = CommandRun.of("check", "--accept", "numbering-gaps", seed);
    CommandRun strict = CommandRun.of("check", "--strict", "--accept", "numbering-gaps", seed);

    assertThat(lenient.exitCode()).isEqualTo(0);
    assertThat(lenient.out()).startsWith(seed + ": warning: --accept names no warning: \"numbering-gaps\"; known codes: "
        + ReportingPolicy.acceptableCodes() + " [unknown-accept]\n  hint: write a code, or a code and a line, as in"
        + " --accept numbering-gap:41\n");
    // After it, the file's warnings as the processor gives them.
    assertThat(lenient.out()).endsWith(processor(seed, "").printedWithCommandLineHints());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).startsWith(seed + ": error: --accept names no warning: \"numbering-gaps\"");
  }

  /** Issue 21: an accept whose code exists but whose line has no such warning is no silent no-op. */
  @Test
  void acceptOfAKnownCodeOnALineWithoutThatWarningIsReported() {
    String seed = seedCopy();
    CommandRun run = CommandRun.of("check", "--accept", "numbering-gap:40", seed);

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains(seed + ":41:1: warning: question 30 follows question 28");
    assertThat(run.out()).endsWith(seed + ": warning: --accept numbering-gap:40 accepts nothing: line 40 has no"
        + " numbering-gap warning [unused-accept]\n  hint: write the line that the warning is reported on,"
        + " or leave the flag out\n");
    // In strict mode it fails the check, as an unknown code does, though every warning is accepted.
    CommandRun strict = CommandRun.of("check", "--strict", "--accept", "numbering-gap:40", "--accept", "mojibake:28",
        "--accept", "lowercase-start", "--accept", "numbering-gap:41", seed);
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).startsWith(seed + ": error: --accept numbering-gap:40 accepts nothing");
  }

  /** Issue 21: no hint the command line can print names the annotation or an -A option. */
  @Test
  void everyHintOfTheCommandLineNamesItsOwnSettings() {
    // Problems with the annotation itself, which the command line has not got.
    Set<Message> processorOnly = EnumSet.of(Message.INVALID_CLASS_NAME, Message.CLASS_GENERATED_TWICE);
    for (Message message : EnumSet.complementOf(EnumSet.copyOf(processorOnly))) {
      assertWithMessage(message.code()).that(message.hint(Tool.COMMAND_LINE)).doesNotContain("@QaSource");
      assertWithMessage(message.code()).that(message.hint(Tool.COMMAND_LINE)).doesNotContain("-A");
      assertWithMessage(message.code()).that(message.hint(Tool.COMMAND_LINE)).doesNotContain("className");
    }
    assertThat(Message.FILE_NOT_FOUND.hint(Tool.PROCESSOR)).contains("-Aqacatalog.root=DIR");
  }

  /** Issue 21: the hints name the command line's flags, never the annotation or -A options. */
  @Test
  void hintsAndNotesNameTheCommandLinesFlags() {
    String seed = seedCopy();
    String missing = dir.resolve("absent.md").toString();
    CommandRun run = CommandRun.of("check", "--strict", "--accept", "gap", "--accept", "mojibake:27", "--max-bytes",
        "10", seed, missing);
    CommandRun strict = CommandRun.of("check", "--strict", seed);

    assertThat(run.out() + strict.out()).doesNotContain("@QaSource");
    assertThat(run.out() + strict.out()).doesNotContain("-Aqacatalog");
    assertThat(run.out()).contains("hint: raise the limit with --max-bytes=N, or split the file");
    assertThat(strict.out()).contains("accept a deliberate one with --accept code:line");
  }

  @Test
  void fileWithAnErrorExitsOneWithTheProcessorsMessages() {
    String file = QuestionFiles.write(dir, "QA.md", "## One\n\n1. First?\n1. Again?\n").toString();
    CommandRun run = CommandRun.of("check", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(processor(file, "").printedWithCommandLineHints());
    assertThat(run.out()).startsWith(file + ":4:1: error: question number 1 is already used on line 3 [duplicate-number]");
  }

  @Test
  void byteOrderMarkAndCrlfAreFineAsInTheProcessor() {
    String file = QuestionFiles.write(dir, "QA.md", "\uFEFF## One\r\n\r\n1. First?\r\n2. Second?\r\n").toString();
    CommandRun run = CommandRun.of("check", file);

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void everyFileIsCheckedInTheOrderGivenAndOneErrorFailsTheCheck() {
    String seed = seedCopy();
    String broken = QuestionFiles.write(dir, "broken.md", "1. Before any heading?\n").toString();
    CommandRun run = CommandRun.of("check", broken, seed);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(processor(broken, "").printedWithCommandLineHints() + processor(seed, "").printedWithCommandLineHints());
  }

  @Test
  void missingFileIsAnErrorWithTheProcessorsMessageAndExitsOne() {
    String missing = dir.resolve("absent.md").toString();
    CommandRun run = CommandRun.of("check", missing);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("error: question file " + missing + " not found; looked in:\n    " + missing
        + " [file-not-found]\n  hint: check the path: a relative one starts from the current directory;"
        + " - reads standard input\n");
  }

  @Test
  void directoryIsAnUnreadableFile() {
    CommandRun run = CommandRun.of("check", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("error: question file " + dir + " could not be read: " + dir + " is a directory");
  }

  @Test
  void fileLargerThanTheProcessorsDefaultLimitIsAnError() throws Exception {
    Path large = dir.resolve("large.md");
    try (var out = java.nio.file.Files.newOutputStream(large)) {
      out.write("## A\n\n1. Question?\n".getBytes(StandardCharsets.UTF_8));
      byte[] padding = new byte[1 << 20];
      java.util.Arrays.fill(padding, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        out.write(padding);
      }
    }
    CommandRun run = CommandRun.of("check", large.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    String size = String.format(java.util.Locale.ROOT, "%,d", java.nio.file.Files.size(large));
    assertThat(run.out()).startsWith(large + ":1:1: error: the file has " + size + " bytes, more than the limit of 67,108,864");
  }

  @Test
  void wrongCommandLinesExitTwoWithUsageOnStderr() {
    for (String[] args : List.of(new String[] {}, new String[] {"check"}, new String[] {"check", "--bogus", "QA.md"},
        new String[] {"check", "--format", "xml", "QA.md"}, new String[] {"lint", "QA.md"})) {
      CommandRun run = CommandRun.of(args);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("Usage: qacatalog");
    }
  }
}
