package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain javac command of docs/build-tools.md ("Plain javac"), with nothing but the two published jars. */
class JavacCommandLineIT {

  @Test
  void documentedCommandCompilesTheSeedIntoItsThirtyNineQuestions(@TempDir Path dir) {
    Path project = TestProjects.copy("seed-package", dir);
    TestProjects.withSeed(project, "questions/QA.md");

    CommandRun run = CommandRun.run(project, List.of(
        Artifacts.jdkTool("javac").toString(),
        "-processorpath", Artifacts.processorJar().toString(),
        "-cp", Artifacts.runtimeJar().toString(),
        "-Aqacatalog.root=questions",
        "-d", "classes",
        "-s", "generated",
        "src/demo/package-info.java", "src/demo/SeedQuestions.java"),
        Map.of(), Duration.ofMinutes(2)).assertSucceeded();

    List<String> rows = CatalogRows.compiled(project.resolve("classes"), "demo.QaCatalog");
    assertThat(rows).hasSize(39);
    assertThat(rows).containsExactlyElementsIn(CatalogRows.expected("seed-catalog.tsv")).inOrder();
    assertThat(CompilerOutput.warningsNotAboutTheQuestionFile(run.output(), "QA.md")).isEmpty();
  }
}
