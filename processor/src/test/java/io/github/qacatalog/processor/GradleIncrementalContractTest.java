package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.qacatalog.QaSource;
import io.github.qacatalog.processor.testing.FilerSwappingProcessor;
import io.github.qacatalog.processor.testing.SeedFile;
import io.github.qacatalog.processor.testing.Sources;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * What Gradle's incremental annotation processing asks of a processor: a descriptor naming it and
 * its category, annotations that class files keep, and an originating element for every file it
 * generates. No Gradle runs here; these are the parts of the contract a test can see.
 */
class GradleIncrementalContractTest {
  private static final String DESCRIPTOR = "META-INF/gradle/incremental.annotation.processors";
  private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";
  /** The categories Gradle's descriptor accepts. */
  private static final Set<String> CATEGORIES = Set.of("isolating", "aggregating", "dynamic");

  @Test
  void descriptorDeclaresTheRealProcessorAggregating() throws Exception {
    List<String> entries = entries(DESCRIPTOR);

    assertThat(entries).hasSize(1);
    String[] parts = entries.get(0).split(",", -1);
    assertThat(parts).hasLength(2);
    String processor = parts[0].strip();
    String category = parts[1].strip();
    assertThat(CATEGORIES).contains(category);
    // Not isolating: a catalog depends on a Markdown file, not only on its element, and two
    // @QaSource naming one class are caught only by looking at all of them (see docs/design.md, "An aggregating processor for Gradle").
    assertThat(category).isEqualTo("aggregating");
    assertThat(Processor.class.isAssignableFrom(Class.forName(processor))).isTrue();
    assertThat(entries(SERVICES)).containsExactly(processor);
  }

  @Test
  void qaSourceIsKeptInTheClassFileButNotAtRunTime() {
    assertThat(QaSource.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.CLASS);
  }

  @Test
  void compiledPackageInfoCarriesTheAnnotationAsInvisibleAtRunTime() throws IOException {
    Compilation compilation = javac().withProcessors(new QaCatalogProcessor())
        .compile(Sources.qaSource(SeedFile.RESOURCE));

    assertThat(compilation).succeeded();
    JavaFileObject packageInfo = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "com/example/package-info.class").orElseThrow();
    String constants;
    try (InputStream in = packageInfo.openInputStream()) {
      constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    assertThat(constants).contains("RuntimeInvisibleAnnotations");
    assertThat(constants).contains("Lio/github/qacatalog/QaSource;");
  }

  @Test
  void everyGeneratedSourceNamesExactlyItsAnnotatedElement() {
    Map<String, List<String>> originating = Collections.synchronizedMap(new LinkedHashMap<>());
    FilerSwappingProcessor processor = new FilerSwappingProcessor(filer -> recording(filer, originating));

    Compilation compilation = javac().withProcessors(processor).compile(
        Sources.qaSource(SeedFile.RESOURCE),
        JavaFileObjects.forSourceLines("com.example.other.Holder",
            "package com.example.other;",
            "",
            "@io.github.qacatalog.QaSource(value = \"" + SeedFile.RESOURCE + "\", className = \"HolderCatalog\")",
            "final class Holder {}"));

    assertThat(compilation).succeeded();
    assertThat(originating).containsExactly(
        "com.example.QaCatalog", List.of("com.example"),
        "com.example.other.HolderCatalog", List.of("com.example.other.Holder"));
  }

  /** javac's Filer, noting for each source file created the elements it was created from. */
  private static Filer recording(Filer javacs, Map<String, List<String>> originating) {
    return (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
        (proxy, method, args) -> {
          if (method.getName().equals("createSourceFile")) {
            List<String> elements = new ArrayList<>();
            for (Element element : (Element[]) args[1]) {
              elements.add(element.toString());
            }
            originating.put(args[0].toString(), elements);
          }
          try {
            return method.invoke(javacs, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** The non-blank, non-comment lines of every copy of a resource on the class path. */
  private static List<String> entries(String resource) throws IOException {
    List<String> entries = new ArrayList<>();
    for (URL url : Collections.list(GradleIncrementalContractTest.class.getClassLoader().getResources(resource))) {
      try (InputStream in = url.openStream()) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .forEach(entries::add);
      }
    }
    return entries;
  }
}
