package io.github.qacatalog.maven;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleCatalogSourcesTest {
  private static final Instant COMPILED = Instant.parse("2026-01-01T12:00:00Z");
  private static final List<String> SUFFIXES = List.of(".md", ".markdown");

  @TempDir Path project;
  private Path sources;
  private Path resources;
  private Path classes;

  @BeforeEach
  void layOutAProject() throws IOException {
    sources = Files.createDirectories(project.resolve("src/main/java"));
    resources = Files.createDirectories(project.resolve("src/main/resources"));
    classes = Files.createDirectories(project.resolve("target/classes"));
    write(sources.resolve("com/example/package-info.java"), "@QaSource(\"qa/QA.md\")\npackage com.example;\n");
    write(sources.resolve("com/example/Plain.java"), "package com.example;\nclass Plain {}\n");
    compiledAt(classes.resolve("com/example/package-info.class"), COMPILED);
    compiledAt(classes.resolve("com/example/Plain.class"), COMPILED);
  }

  @Test
  void questionFileEditedAfterTheCompileMakesTheAnnotatedSourceStale() throws IOException {
    Path questions = editedAt(resources.resolve("qa/QA.md"), COMPILED.plusSeconds(5));

    assertThat(find()).containsExactly(
        new StaleCatalogSources.Stale(classes.resolve("com/example/package-info.class"), questions));
  }

  @Test
  void questionFileOlderThanTheCompileChangesNothing() throws IOException {
    editedAt(resources.resolve("qa/QA.md"), COMPILED.minusSeconds(5));

    assertThat(find()).isEmpty();
  }

  @Test
  void sourcesWithoutTheAnnotationAreNeverTouched() throws IOException {
    Files.delete(sources.resolve("com/example/package-info.java"));
    editedAt(resources.resolve("qa/QA.md"), COMPILED.plusSeconds(5));

    assertThat(find()).isEmpty();
  }

  @Test
  void aSourceNeverCompiledNeedsNothingDeleted() throws IOException {
    Files.delete(classes.resolve("com/example/package-info.class"));
    editedAt(resources.resolve("qa/QA.md"), COMPILED.plusSeconds(5));

    assertThat(find()).isEmpty();
  }

  @Test
  void filesThatAreNotQuestionFilesDoNotCount() throws IOException {
    editedAt(resources.resolve("qa/QA.md"), COMPILED.minusSeconds(5));
    editedAt(resources.resolve("application.properties"), COMPILED.plusSeconds(5));

    assertThat(find()).isEmpty();
  }

  @Test
  void theNewestOfSeveralQuestionFilesDecides() throws IOException {
    editedAt(resources.resolve("qa/old.md"), COMPILED.minusSeconds(5));
    Path newer = editedAt(resources.resolve("faq/NEW.MARKDOWN"), COMPILED.plusSeconds(1));

    assertThat(find()).containsExactly(
        new StaleCatalogSources.Stale(classes.resolve("com/example/package-info.class"), newer));
  }

  @Test
  void missingFoldersAreNoError() throws IOException {
    assertThat(StaleCatalogSources.find(List.of(project.resolve("absent")), classes,
        List.of(project.resolve("also-absent")), SUFFIXES)).isEmpty();
  }

  private List<StaleCatalogSources.Stale> find() throws IOException {
    return StaleCatalogSources.find(List.of(sources), classes, List.of(resources), SUFFIXES);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void compiledAt(Path classFile, Instant time) throws IOException {
    write(classFile, "class bytes");
    Files.setLastModifiedTime(classFile, FileTime.from(time));
  }

  private static Path editedAt(Path file, Instant time) throws IOException {
    write(file, "## Questions\n\n1. Why?\n");
    Files.setLastModifiedTime(file, FileTime.from(time));
    return file;
  }
}
