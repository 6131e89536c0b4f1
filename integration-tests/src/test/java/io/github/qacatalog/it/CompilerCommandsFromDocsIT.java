package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain javac and ecj commands of docs/build-tools.md, verbatim, in a folder holding the
 * page's two sources, the seed as {@code questions/QA.md} and the jars under the names the
 * commands give them: the jars of this build and the ecj the other tests use.
 */
class CompilerCommandsFromDocsIT {
  private static final String PREFIX = "javac-project/";
  private static final Pattern JAR = Pattern.compile("[\\w.-]+\\.jar");

  private final Documentation documentation = new Documentation(Artifacts.projectRoot());

  @ParameterizedTest
  @ValueSource(strings = {"javac.sh", "ecj.sh"})
  void theDocumentedCommandCompilesTheSeedIntoItsThirtyNineQuestions(String command, @TempDir Path folder)
      throws IOException {
    for (Snippet snippet : documentation.snippets()) {
      String path = snippet.name().substring(Math.min(snippet.name().length(), PREFIX.length()));
      if (snippet.name().startsWith(PREFIX) && path.endsWith(".java")) {
        Files.createDirectories(folder.resolve(path).getParent());
        Files.writeString(folder.resolve(path), snippet.text());
      }
    }
    TestProjects.withSeed(folder, "questions/QA.md");
    Snippet shell = documentation.snippet(PREFIX + command);
    Matcher jars = JAR.matcher(shell.text());
    while (jars.find()) {
      Files.copy(jarNamed(jars.group()), folder.resolve(jars.group()));
    }

    CommandRun.run(folder, List.of("sh", "-c", shell.text()),
        Map.of("PATH", Artifacts.jdkTool("java").getParent() + File.pathSeparator + System.getenv("PATH")),
        Duration.ofMinutes(2)).assertSucceeded();

    List<String> rows = CatalogRows.compiled(folder.resolve("classes"), "demo.QaCatalog");
    assertThat(rows).containsExactlyElementsIn(CatalogRows.expected("seed-catalog.tsv")).inOrder();
    assertThat(rows).hasSize(39);
  }

  /** This build's jar for a name the page gives: the same artifact, at this build's version. */
  private static Path jarNamed(String name) {
    String version = Artifacts.version();
    Path jar = switch (name.replaceAll("-[0-9][\\w.-]*\\.jar$", "")) {
      case "qacatalog-processor" -> Artifacts.processorJar();
      case "qacatalog-runtime" -> Artifacts.runtimeJar();
      case "ecj" -> Artifacts.ecjJar();
      default -> throw new AssertionError("docs/build-tools.md names a jar no test has: " + name);
    };
    String expected = name.startsWith("ecj") ? Artifacts.ecjJar().getFileName().toString()
        : name.replaceAll("-[0-9][\\w.-]*\\.jar$", "") + "-" + version + ".jar";
    assertWithMessage("the jar docs/build-tools.md names, at the version this build tests").that(name).isEqualTo(expected);
    return jar;
  }
}
