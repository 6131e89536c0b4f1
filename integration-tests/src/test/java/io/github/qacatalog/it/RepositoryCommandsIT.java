package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell snippets a newcomer runs in a clone of this repository, verbatim, in the order a
 * newcomer meets them, on a copy of the source tree: install from source, the README's run
 * command (twice), the command line's build-and-run line and the example's export. Maven runs
 * offline through {@code MAVEN_ARGS}, so the snippets' own words are what runs.
 */
class RepositoryCommandsIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Pattern INSTALLED = Pattern.compile("`(qacatalog)?(-[a-z-]+)`");
  private static final Pattern SEED_WARNING =
      Pattern.compile("(?m)^\\[WARNING\\] .*package-info\\.java:\\[\\d+,\\d+\\] example/src/main/resources/qa/QA\\.md:\\d+:\\d+: warning: ");

  private final Documentation documentation = new Documentation(Artifacts.projectRoot());

  @Test
  void aNewcomersCommandsInACloneDoWhatThePagesSay(@TempDir Path dir) throws IOException {
    Path clone = SourceTreeCopy.of(Artifacts.projectRoot(), dir.resolve("qacatalog"));
    Path repository = dir.resolve("repository");
    Map<String, String> environment = Map.of(
        "JAVA_HOME", System.getProperty("java.home"),
        "PATH", Artifacts.jdkTool("java").getParent() + File.pathSeparator + System.getenv("PATH"),
        "MAVEN_ARGS", "--offline -Dmaven.repo.local=" + repository
            + " -Dmaven.repo.local.tail=" + Artifacts.outerLocalRepository());

    // Install from source: exactly the modules docs/build-tools.md lists reach the local repository.
    run(clone, "install-from-source.sh", environment).assertSucceeded();
    assertThat(installed(repository)).containsExactlyElementsIn(documentedAsInstalled());

    // The README's run command: the seed's four warnings, as docs/diagnostics.md shows them, and
    // no Maven progress; the evaluation docs/evaluation-example.md shows.
    String first = run(clone, "run-example.sh", environment).assertSucceeded().output();
    String packageInfo = clone.resolve("example/src/main/java/io/github/qacatalog/example/package-info.java").toString();
    Path diagnostics = Artifacts.projectRoot().resolve("docs/diagnostics.md");
    String warnings = documentation.blockAfter(diagnostics, "prints its four real defects (Maven output)");
    assertThat(first).contains(warnings.replace(".../package-info.java", packageInfo));
    assertThat(SEED_WARNING.matcher(first).results().count()).isEqualTo(4);
    assertThat(first).doesNotContain("[INFO]");
    Path example = Artifacts.projectRoot().resolve("docs/evaluation-example.md");
    assertThat(first).contains(documentation.blockAfter(example, "Offline, it prints (timings aside):"));
    // The comparison with the recorded responses: the three models' tables and the judge's agreement.
    assertThat(first).contains(documentation.blockAfter(example, "Offline, the three models' tables read:"));
    assertThat(first).contains(documentation.blockAfter(example, "and the judge's agreement with the person"));
    // The command it suggests for evaluating the seed is the README's, with a context named.
    assertThat(first).contains("   " + documentation.snippet("run-example.sh").text().strip() + " -Dexec.args=path/to/llms_ctx.txt\n");

    // A second run: every answer from the log.
    String second = run(clone, "run-example.sh", environment).assertSucceeded().output();
    Matcher again = Pattern.compile("Run the command again and it prints `([^`]+)`").matcher(Documentation.prose(example));
    assertWithMessage("docs/evaluation-example.md on the second run").that(again.find()).isTrue();
    assertThat(second).contains(again.group(1) + "\n");

    // The command line, built and run in one line: check prints the seed's warnings and passes.
    CommandRun check = run(clone, "cli-build-and-run.sh", environment).assertSucceeded();
    assertThat(check.output()).contains(
        "example/src/main/resources/qa/QA.md:41:1: warning: question 30 follows question 28: 29 is missing [numbering-gap]");

    // The example's export writes the six files docs/export.md names.
    run(clone, "export-example.sh", environment).assertSucceeded();
    for (String name : List.of("qa.jsonl", "qa.csv", "qa.md", "deep-dive.jsonl", "deep-dive.csv", "deep-dive.md")) {
      assertWithMessage(name).that(Files.isRegularFile(clone.resolve("example/target/qa-export").resolve(name))).isTrue();
    }
  }

  private CommandRun run(Path clone, String snippet, Map<String, String> environment) {
    Snippet shell = documentation.snippet(snippet);
    assertWithMessage(shell.where()).that(shell.info()).isEqualTo("sh");
    return CommandRun.run(clone, List.of("sh", "-c", shell.text()), environment, TIMEOUT);
  }

  /** The artifact ids under io/github/qacatalog in the local repository. */
  private static Set<String> installed(Path repository) throws IOException {
    try (Stream<Path> folders = Files.list(repository.resolve("io/github/qacatalog"))) {
      return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
          .collect(TreeSet::new, Set::add, Set::addAll);
    }
  }

  /** The modules docs/build-tools.md says the install puts there, `-runtime` read as `qacatalog-runtime`. */
  private List<String> documentedAsInstalled() {
    String prose = Documentation.prose(Artifacts.projectRoot().resolve("docs/build-tools.md"));
    Matcher paragraph = Pattern.compile("That installs, (.+?) The integration tests are not installed\\.").matcher(prose);
    assertWithMessage("docs/build-tools.md: the paragraph on what the install puts in the repository")
        .that(paragraph.find()).isTrue();
    List<String> modules = new ArrayList<>();
    Matcher module = INSTALLED.matcher(paragraph.group(1));
    while (module.find()) {
      modules.add("qacatalog" + module.group(2));
    }
    return modules;
  }
}
