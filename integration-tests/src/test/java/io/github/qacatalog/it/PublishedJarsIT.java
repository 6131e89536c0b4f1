package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the published jars hold, read from the jars the package phase wrote. */
class PublishedJarsIT {
  private static final String OWN = "io/github/qacatalog/";
  private static final String RELOCATED = "io/github/qacatalog/processor/shaded/";

  @Test
  void processorJarHoldsNoClassOutsideOurPackagesButTheRelocatedLibraries() throws IOException {
    List<String> classes = new ArrayList<>();
    try (JarFile jar = new JarFile(Artifacts.processorJar().toFile())) {
      for (JarEntry entry : jar.stream().toList()) {
        if (entry.getName().endsWith(".class")) {
          classes.add(entry.getName());
        }
      }
    }
    assertThat(classes).contains("io/github/qacatalog/processor/QaCatalogProcessor.class");
    assertThat(classes.stream().filter(name -> !name.startsWith(OWN)).toList()).isEmpty();
    assertThat(classes.stream().filter(name -> name.startsWith(RELOCATED + "javapoet/")).count()).isGreaterThan(10L);
    assertThat(classes.stream().filter(name -> name.startsWith(RELOCATED + "commonmark/")).count()).isGreaterThan(10L);
  }

  @Test
  void processorJarKeepsItsServiceEntryAndNamesItsModule() throws IOException {
    try (JarFile jar = new JarFile(Artifacts.processorJar().toFile())) {
      JarEntry services = jar.getJarEntry("META-INF/services/javax.annotation.processing.Processor");
      assertThat(services).isNotNull();
      String text = new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
          .containsExactly("io.github.qacatalog.processor.QaCatalogProcessor");
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("io.github.qacatalog.processor");
      assertThat(jar.getJarEntry("META-INF/LICENSE")).isNotNull();
      assertThat(jar.getJarEntry("module-info.class")).isNull();
    }
  }

  /** Shading must keep Gradle's descriptor, and the class it names must be in the jar, unrelocated. */
  @Test
  void processorJarDeclaresItselfToGradleAsAggregating() throws IOException {
    try (JarFile jar = new JarFile(Artifacts.processorJar().toFile())) {
      JarEntry descriptor = jar.getJarEntry("META-INF/gradle/incremental.annotation.processors");
      assertThat(descriptor).isNotNull();
      String text = new String(jar.getInputStream(descriptor).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
          .containsExactly("io.github.qacatalog.processor.QaCatalogProcessor,aggregating");
      assertThat(jar.getJarEntry("io/github/qacatalog/processor/QaCatalogProcessor.class")).isNotNull();
    }
  }

  @Test
  void runtimeJarNamesItsModule() throws IOException {
    try (JarFile jar = new JarFile(Artifacts.runtimeJar().toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("io.github.qacatalog");
      assertThat(jar.getJarEntry("META-INF/LICENSE")).isNotNull();
    }
  }

  @Test
  void sourcesAndJavadocJarsLieBesideBothPublishedJars() throws IOException {
    for (Path jar : List.of(Artifacts.processorJar(), Artifacts.runtimeJar())) {
      String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
      try (JarFile sources = new JarFile(jar.resolveSibling(base + "-sources.jar").toFile());
          JarFile javadoc = new JarFile(jar.resolveSibling(base + "-javadoc.jar").toFile())) {
        assertThat(sources.stream().filter(entry -> entry.getName().endsWith(".java")).count()).isGreaterThan(0L);
        assertThat(javadoc.getJarEntry("index.html")).isNotNull();
      }
    }
  }

  /**
   * commonmark reads its table of HTML entities as a resource next to its own classes; after
   * relocation the resource has to have moved with them, or the first {@code &copy;} fails.
   */
  @Test
  void relocatedCommonmarkStillFindsItsEntityTable(@TempDir Path dir) throws IOException {
    Path project = TestProjects.copy("entities", dir);

    CommandRun.run(project, List.of(
        Artifacts.jdkTool("javac").toString(),
        "-processorpath", Artifacts.processorJar().toString(),
        "-cp", Artifacts.runtimeJar().toString(),
        "-Aqacatalog.root=questions",
        "-d", "classes", "-s", "generated",
        "src/entities/package-info.java"),
        Map.of(), Duration.ofMinutes(2)).assertSucceeded();

    List<String> rows = CatalogRows.compiled(project.resolve("classes"), "entities.QaCatalog");
    assertThat(rows).hasSize(2);
    assertThat(Files.readString(project.resolve("questions/QA.md"))).contains("&copy;");
  }
}
