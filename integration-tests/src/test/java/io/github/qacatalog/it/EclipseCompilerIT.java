package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Eclipse compiler (ecj, the compiler inside the Eclipse IDE) with the packaged processor
 * gives the same catalog as javac, however the question file is made visible to it.
 *
 * <p>ecj ignores {@code -processorpath} when it runs on Java 9 or later and looks for processors
 * on {@code --processor-module-path} (or the class path) instead, so that is where the jar goes.
 */
class EclipseCompilerIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final List<String> SOURCES = List.of("src/demo/package-info.java", "src/demo/SeedQuestions.java");

  @ParameterizedTest(name = "question file found through {0}")
  @ValueSource(strings = {"the qacatalog.root option", "the class path", "the class output"})
  void ecjGeneratesWhatJavacGenerates(String howFound, @TempDir Path dir) throws Exception {
    Path project = TestProjects.copy("seed-package", dir);
    TestProjects.withSeed(project, "questions/QA.md");

    CommandRun.run(project, javac(), Map.of(), TIMEOUT).assertSucceeded();

    List<String> ecj = new ArrayList<>(List.of(
        Artifacts.jdkTool("java").toString(), "-jar", Artifacts.ecjJar().toString(),
        "--release", "17",
        "--processor-module-path", Artifacts.processorJar().toString(),
        "-d", "ecj-classes", "-s", "ecj-generated"));
    String classPath = Artifacts.runtimeJar().toString();
    switch (howFound) {
      case "the qacatalog.root option" -> ecj.add("-Aqacatalog.root=questions");
      case "the class path" -> classPath += File.pathSeparator + "questions";
      case "the class output" -> {
        // What Maven and Gradle do: resources are copied into the output before compiling.
        Files.createDirectories(project.resolve("ecj-classes"));
        Files.copy(project.resolve("questions/QA.md"), project.resolve("ecj-classes/QA.md"));
      }
      default -> throw new IllegalArgumentException(howFound);
    }
    ecj.addAll(List.of("-cp", classPath));
    ecj.addAll(SOURCES);
    CommandRun run = CommandRun.run(project, ecj, Map.of(), TIMEOUT).assertSucceeded();

    assertThat(CatalogRows.generatedSource(project.resolve("ecj-generated"), "demo.QaCatalog"))
        .isEqualTo(CatalogRows.generatedSource(project.resolve("javac-generated"), "demo.QaCatalog"));
    assertThat(CatalogRows.compiled(project.resolve("ecj-classes"), "demo.QaCatalog"))
        .containsExactlyElementsIn(CatalogRows.expected("seed-catalog.tsv")).inOrder();
    assertThat(CompilerOutput.warningsNotAboutTheQuestionFile(run.output(), "QA.md")).isEmpty();
  }

  private static List<String> javac() {
    List<String> command = new ArrayList<>(List.of(
        Artifacts.jdkTool("javac").toString(),
        "-processorpath", Artifacts.processorJar().toString(),
        "-cp", Artifacts.runtimeJar().toString(),
        "-Aqacatalog.root=questions",
        "-d", "javac-classes", "-s", "javac-generated"));
    command.addAll(SOURCES);
    return command;
  }
}
