package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user edits only the Markdown file and runs {@code ./mvnw compile} again, without {@code clean}.
 * The project is set up as docs/build-tools.md ("Maven") says (processor on the annotation processor path, the
 * {@code refresh} goal of our Maven plugin); the build is this repository's Maven wrapper, on the
 * JDK running the tests.
 */
class EditAndRebuildIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  @ParameterizedTest(name = "useIncrementalCompilation={0}")
  @ValueSource(booleans = {true, false})
  void compileAfterEditingOnlyTheMarkdownRegeneratesTheCatalog(boolean incremental, @TempDir Path dir)
      throws IOException {
    Path project = TestProjects.copy("edit-and-rebuild", dir.resolve("project"));
    Path pom = project.resolve("pom.xml");
    Files.writeString(pom, Files.readString(pom)
        .replace("@qacatalog.version@", Artifacts.version())
        .replace("@useIncrementalCompilation@", String.valueOf(incremental)));
    Path repository = LocalRepository.withThisBuild(dir.resolve("repository"));

    compile(project, repository);
    assertThat(CatalogRows.compiled(project.resolve("target/classes"), "demo.QaCatalog")).containsExactly(
        "1\tBasics\tWhat does the catalog hold?",
        "2\tBasics\tWhere is it generated?").inOrder();

    Files.writeString(project.resolve("src/main/resources/qa/QA.md"), """
        ## Basics

        1. What does the catalog hold?
        2. Where is the catalog generated?
        3. Who edits it?
        """);
    CommandRun second = compile(project, repository);

    assertThat(CatalogRows.compiled(project.resolve("target/classes"), "demo.QaCatalog")).containsExactly(
        "1\tBasics\tWhat does the catalog hold?",
        "2\tBasics\tWhere is the catalog generated?",
        "3\tBasics\tWho edits it?").inOrder();
    assertThat(CatalogRows.generatedSource(project.resolve("target/generated-sources/annotations"), "demo.QaCatalog"))
        .contains("Who edits it?");
    assertThat(second.output()).contains("deleted the class file so that the compiler regenerates the catalog");

    // Nothing edited: the goal must not force a compile of its own.
    CommandRun third = compile(project, repository);
    assertThat(third.output()).contains("Nothing to compile");
    assertThat(third.output()).doesNotContain("deleted the class file");
  }

  private static CommandRun compile(Path project, Path repository) {
    // Offline: every plugin it needs is one the outer build has already used, so it is in the tail.
    List<String> command = List.of(
        Artifacts.projectRoot().resolve("mvnw").toString(), "-B", "--offline", "compile",
        "-Dmaven.repo.local=" + repository,
        "-Dmaven.repo.local.tail=" + Artifacts.outerLocalRepository());
    return CommandRun.run(project, command, Map.of("JAVA_HOME", System.getProperty("java.home")), TIMEOUT)
        .assertSucceeded();
  }
}
