package io.github.qacatalog.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format github}: GitHub Actions workflow commands, escaped as GitHub's toolkit escapes them. */
class GitHubFormatTest {
  @TempDir
  Path dir;

  @Test
  void seedGivesOneWarningCommandPerProblemOnItsFileLineAndColumn() {
    String seed = QuestionFiles.copy(QuestionFiles.seed(), dir).toString();
    CommandRun run = CommandRun.of("check", "--format", "github", seed);

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out().lines().toList()).containsExactly(
        "::warning file=" + seed + ",line=27,col=5,title=lowercase-start::question starts with a lowercase letter"
            + " (\"our\"); was its first letter lost? [lowercase-start]%0A  hint: check the start of the question",
        "::warning file=" + seed + ",line=28,col=8,title=mojibake::\"\u00e2\u20ac\u2122\" looks like UTF-8 read as"
            + " Windows-1252; it was probably \"\u2019\" (U+2019 RIGHT SINGLE QUOTATION MARK) [mojibake]%0A  hint:"
            + " replace it with the intended character and save the file as UTF-8",
        "::warning file=" + seed + ",line=31,col=5,title=lowercase-start::question starts with a lowercase letter"
            + " (\"ou've\"); was its first letter lost? [lowercase-start]%0A  hint: check the start of the question",
        "::warning file=" + seed + ",line=41,col=1,title=numbering-gap::question 30 follows question 28: 29 is missing"
            + " [numbering-gap]%0A  hint: renumber the questions, or accept the gap if it is deliberate").inOrder();
  }

  @Test
  void strictGivesErrorsANoticeAndExitOne() {
    String seed = QuestionFiles.copy(QuestionFiles.seed(), dir).toString();
    CommandRun run = CommandRun.of("check", "--format=github", "--strict", seed);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().filter(line -> line.startsWith("::error file=")).count()).isEqualTo(4L);
    assertThat(run.out().lines().toList()).contains("::notice::qacatalog strict mode: 4 warning(s) of " + seed
        + " counted as errors; accept a deliberate one with --accept code:line");
  }

  @Test
  void percentInTheMessageAndCommaAndColonInTheFileNameAreEscaped() {
    String file = QuestionFiles.write(dir, "a,b:c.md", "## Sure 100%\n\n1. One?\n\n## Sure 100%\n\n2. Two?\n").toString();
    CommandRun run = CommandRun.of("check", "--format", "github", file);

    assertThat(run.exitCode()).isEqualTo(1);
    String escapedFile = file.replace(",", "%2C").replace(":", "%3A");
    assertThat(run.out()).isEqualTo("::error file=" + escapedFile + ",line=5,col=1,title=duplicate-heading::section"
        + " \"Sure 100%25\" repeats the heading on line 1 [duplicate-heading]%0A  hint: merge the two sections,"
        + " or rename one\n");
  }

  /** Issue 21: a problem with a flag names the file it applied to, so that it shows on the pull request. */
  @Test
  void problemWithAFlagNamesTheFileItAppliedTo() {
    String seed = QuestionFiles.copy(QuestionFiles.seed(), dir).toString();
    CommandRun run = CommandRun.of("check", "--format", "github", "--accept", "gap", "--accept", "numbering-gap:40", seed);

    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("::warning file=" + seed + ",title=unknown-accept::--accept names no warning:"
        + " \"gap\"; known codes: ");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("::warning file=" + seed + ",title=unused-accept::--accept"
        + " numbering-gap:40 accepts nothing: line 40 has no numbering-gap warning [unused-accept]%0A  hint: write the"
        + " line that the warning is reported on, or leave the flag out");
  }

  @Test
  void escapingIsGitHubs() {
    assertThat(GitHubActionsSink.escapeData("50% done\r\nnext: a, b")).isEqualTo("50%25 done%0D%0Anext: a, b");
    assertThat(GitHubActionsSink.escapeProperty("C:\\qa\\a,b%\n")).isEqualTo("C%3A\\qa\\a%2Cb%25%0A");
  }
}
