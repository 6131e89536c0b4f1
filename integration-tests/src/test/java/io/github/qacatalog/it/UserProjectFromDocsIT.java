package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's project, put together from the documentation's snippets verbatim: every snippet
 * named {@code user-project/PATH} is the file at PATH, and each {@code user-project/dependency-*.xml}
 * goes into the {@code <dependencies>} of its {@code pom.xml}. It is built with this repository's
 * Maven wrapper against this build's jars, offline, and run with the commands the pages give;
 * what it prints must be what the pages show.
 */
class UserProjectFromDocsIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final String PREFIX = "user-project/";
  /** Where the README's error output has the project; the test puts its own folder there. */
  private static final String README_PROJECT = "/home/me/portfolio";

  private final Documentation documentation = new Documentation(Artifacts.projectRoot());
  private final Path readme = Artifacts.projectRoot().resolve("README.md");

  @Test
  void theDocumentedProjectBuildsRunsEvaluatesExportsAndFailsAtTheDeliberateError(@TempDir Path dir)
      throws IOException {
    Path project = assemble(dir.resolve("portfolio"));
    Path repository = LocalRepository.withThisBuild(dir.resolve("repository"));
    String readmeProse = Documentation.prose(readme);

    // The 30-second example: its run command prints what the README says it prints.
    Matcher main = find(readmeProse, "`(mvn [^`]+-Dexec\\.mainClass=com\\.example\\.portfolio\\.Main)` prints `([^`]+)`");
    assertThat(maven(project, repository, main.group(1)).assertSucceeded().output()).contains(main.group(2) + "\n");

    // The tour of the generated API in docs/build-tools.md compiled with it; it runs too.
    assertThat(maven(project, repository, "mvn -q compile exec:java -Dexec.mainClass=com.example.portfolio.Tour")
        .assertSucceeded().output()).contains("3 What does qacatalog compile? A Markdown file of questions, into Java constants. 2 true");

    // docs/evaluation.md: the real models' classes and the JUnit test compile (they need a key or
    // a server to run, and the wrapper's default test runner is not in the offline repository).
    maven(project, repository, "mvn -q test-compile").assertSucceeded();
    assertThat(Files.isRegularFile(project.resolve("target/test-classes/com/example/portfolio/ModelEvaluationTest.class"))).isTrue();
    assertThat(Files.isRegularFile(project.resolve("target/classes/com/example/portfolio/EvaluateGpt.class"))).isTrue();

    // The evaluation prints the README's table, and a second run answers from the log.
    Matcher evaluate = find(readmeProse, "`(mvn [^`]+-Dexec\\.mainClass=com\\.example\\.portfolio\\.Evaluate)` prints this table");
    String table = documentation.blockAfter(readme, "Evaluate` prints this table");
    assertThat(maven(project, repository, evaluate.group(1)).assertSucceeded().output()).contains(table);
    Matcher second = find(readmeProse, "a second run asks nothing \\(`([^`]+)`\\)");
    assertThat(maven(project, repository, evaluate.group(1)).assertSucceeded().output())
        .contains("answers: " + second.group(1) + "\n");
    assertThat(project.resolve("target/qa-eval/results.csv").toFile().isFile()).isTrue();

    // docs/export.md: its program writes the JSON Lines the page shows.
    Path exportPage = Artifacts.projectRoot().resolve("docs/export.md");
    Matcher export = find(Documentation.prose(exportPage), "`(mvn [^`]+-Dexec\\.mainClass=com\\.example\\.portfolio\\.ExportCatalog)` writes");
    maven(project, repository, export.group(1)).assertSucceeded();
    assertThat(Files.readString(project.resolve("target/qa-export/qa.jsonl")))
        .isEqualTo(documentation.blockAfter(exportPage, "`qa.jsonl` holds"));
    assertThat(Files.readString(project.resolve("target/qa-export/qa.csv"))).startsWith("category,question,gold_answer");

    // The deliberate error: the README's edit, then its command fails with the README's message.
    Matcher mistake = find(readmeProse, "Number the last question `(\\d+)\\.` instead of `(\\d+)\\.`, and `(mvn compile)` fails");
    Path questions = project.resolve("src/main/resources/qa/QA.md");
    String file = Files.readString(questions);
    assertThat(file).contains("\n" + mistake.group(2) + ". ");
    Files.writeString(questions, file.replace("\n" + mistake.group(2) + ". ", "\n" + mistake.group(1) + ". "));
    CommandRun failed = maven(project, repository, mistake.group(3));
    assertThat(failed.exitCode()).isNotEqualTo(0);
    String error = documentation.blockAfter(readme, "and `mvn compile` fails at the line to fix");
    assertThat(failed.output()).contains(error.replace(README_PROJECT, project.toString()));
  }

  /** Writes every user-project snippet where its name says; the dependency snippets join the POM. */
  private Path assemble(Path project) throws IOException {
    List<Snippet> snippets = documentation.snippets().stream().filter(s -> s.name().startsWith(PREFIX)).toList();
    List<String> dependencies = new ArrayList<>();
    for (Snippet snippet : snippets) {
      String path = snippet.name().substring(PREFIX.length());
      if (path.startsWith("dependency-") && path.endsWith(".xml")) {
        dependencies.add(snippet.text());
        continue;
      }
      Path file = project.resolve(path);
      assertWithMessage(snippet.where() + ": a second snippet for " + path).that(Files.exists(file)).isFalse();
      Files.createDirectories(file.getParent());
      Files.writeString(file, snippet.text());
    }
    Path pom = project.resolve("pom.xml");
    String text = Files.readString(pom);
    assertThat(text).contains("</dependencies>");
    Files.writeString(pom, text.replace("</dependencies>", String.join("", dependencies) + "</dependencies>"));
    assertThat(text).contains("<version>" + Artifacts.version() + "</version>");
    return project;
  }

  /** A command as the pages write it ({@code mvn ...}), run with the wrapper, offline, on this build. */
  private static CommandRun maven(Path project, Path repository, String documented) {
    List<String> words = Arrays.asList(documented.strip().split(" +"));
    assertThat(words.get(0)).isEqualTo("mvn");
    List<String> command = new ArrayList<>();
    command.add(Artifacts.projectRoot().resolve("mvnw").toString());
    command.addAll(words.subList(1, words.size()));
    command.addAll(List.of("-B", "--offline", "-Dmaven.repo.local=" + repository,
        "-Dmaven.repo.local.tail=" + Artifacts.outerLocalRepository()));
    return CommandRun.run(project, command, Map.of("JAVA_HOME", System.getProperty("java.home")), TIMEOUT);
  }

  private static Matcher find(String prose, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(prose);
    assertWithMessage("the documentation saying /" + regex + "/").that(matcher.find()).isTrue();
    return matcher;
  }
}
