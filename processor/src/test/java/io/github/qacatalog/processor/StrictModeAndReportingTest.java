package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.qacatalog.processor.testing.SeedFile;
import io.github.qacatalog.processor.testing.Sources;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the processor reports the seed's problems, in lenient and strict builds. */
class StrictModeAndReportingTest {
  /** The seed's four problems, in file order. */
  private static final List<String> SEED_PROBLEMS = List.of(
      "seed/QA.md:27:5: %s: question starts with a lowercase letter (\"our\"); was its first letter lost? [lowercase-start]",
      "seed/QA.md:28:8: %s: \"\u00e2\u20ac\u2122\" looks like UTF-8 read as Windows-1252; it was probably \"\u2019\"",
      "seed/QA.md:31:5: %s: question starts with a lowercase letter (\"ou've\"); was its first letter lost? [lowercase-start]",
      "seed/QA.md:41:1: %s: question 30 follows question 28: 29 is missing [numbering-gap]");

  private static Compilation compile(JavaFileObject source, String... options) {
    return javac().withProcessors(new QaCatalogProcessor()).withOptions((Object[]) options).compile(source);
  }

  @Test
  void lenientBuildSucceedsWithExactlyTheSeedsFourWarningsInFileOrder() {
    JavaFileObject source = Sources.qaSource(SeedFile.RESOURCE);
    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    List<String> warnings = messages(compilation, Diagnostic.Kind.WARNING);
    assertThat(warnings).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(warnings.get(i)).contains(SEED_PROBLEMS.get(i).formatted("warning"));
    }
    assertThat(compilation).hadWarningContaining("29 is missing").inFile(source).onLine(1);
  }

  @Test
  void strictOptionFailsTheBuildListingTheSameFourProblemsAsErrors() {
    Compilation compilation = compile(Sources.qaSource(SeedFile.RESOURCE), "-Aqacatalog.strict=true");

    assertThat(compilation).failed();
    List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
    assertThat(errors).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(errors.get(i)).contains(SEED_PROBLEMS.get(i).formatted("error"));
    }
    assertThat(compilation).hadNoteContaining("strict mode: 4 warning(s)");
  }

  @Test
  void strictAttributeFailsTheBuildLikeTheOption() {
    Compilation compilation = compile(Sources.packageInfo("com.example",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\", strict = true)"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void acceptedWarningIsNeitherPrintedNorCountedInStrictMode() {
    Compilation compilation = compile(Sources.packageInfo("com.example",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\", strict = true, accept = \"numbering-gap:41\")"));

    assertThat(compilation).hadErrorCount(3);
    assertThat(messages(compilation, Diagnostic.Kind.ERROR).toString()).doesNotContain("numbering-gap");
  }

  @Test
  void acceptingEveryWarningOfTheSeedLetsAStrictBuildSucceed() {
    Compilation compilation = compile(Sources.packageInfo("com.example",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\", strict = true,"
            + " accept = {\"numbering-gap:41\", \"mojibake:28\", \"lowercase-start\"})"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.QaCatalog");
  }

  @Test
  void acceptOnAnotherLineAcceptsNothing() {
    Compilation compilation = compile(Sources.packageInfo("com.example",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\", strict = true, accept = \"numbering-gap:40\")"));

    assertThat(compilation).hadErrorContaining("29 is missing");
  }

  @Test
  void unknownAcceptCodeIsReportedOnTheAnnotation() {
    JavaFileObject source = Sources.packageInfo("com.example",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\", accept = \"numbering-gaps\")");
    Compilation compilation = compile(source);

    assertThat(compilation).hadWarningContaining("accept names no warning: \"numbering-gaps\"").inFile(source).onLine(1);
  }

  @Test
  void unknownAcceptCodeIsAnErrorThatSaysErrorInStrictMode() {
    Compilation compilation = compile(Sources.packageInfo("com.example",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\", strict = true, accept = \"numbering-gaps\")"));

    List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
    assertThat(errors.get(0)).startsWith("error: @QaSource accept names no warning: \"numbering-gaps\"");
    assertThat(messages(compilation, Diagnostic.Kind.WARNING)).isEmpty();
    assertThat(errors).hasSize(5);
    assertThat(errors.stream().filter(e -> e.startsWith("warning:") || e.contains(": warning:")).toList()).isEmpty();
    // Only the seed's four warnings are counted: the typo has no place in the file to accept.
    assertThat(compilation).hadNoteContaining("strict mode: 4 warning(s)");
  }

  @Test
  void unknownAcceptCodeIsReportedOnTheEntryThatNamesIt() {
    JavaFileObject source = JavaFileObjects.forSourceLines("com.example.package-info",
        "@QaSource(",
        "    value = \"" + SeedFile.RESOURCE + "\",",
        "    accept = {\"numbering-gap:41\", \"numbering-gaps\"})",
        "package com.example;",
        "",
        "import io.github.qacatalog.QaSource;");
    Compilation compilation = compile(source);

    Diagnostic<? extends JavaFileObject> warning = only(compilation, "accept names no warning");
    assertThat(warning.getLineNumber()).isEqualTo(3L);
    assertThat(warning.getColumnNumber()).isEqualTo(1L + "    accept = {\"numbering-gap:41\", ".length());
  }

  /** Issue 21: an accept of a known code on a line without that warning is reported like an unknown code. */
  @Test
  void acceptOnALineWithoutThatWarningIsReportedOnTheEntryThatNamesIt() {
    JavaFileObject source = JavaFileObjects.forSourceLines("com.example.package-info",
        "@QaSource(",
        "    value = \"" + SeedFile.RESOURCE + "\",",
        "    accept = {\"numbering-gap:41\", \"numbering-gap:40\"})",
        "package com.example;",
        "",
        "import io.github.qacatalog.QaSource;");
    Compilation compilation = compile(source);

    Diagnostic<? extends JavaFileObject> warning = only(compilation, "accepts nothing");
    assertThat(warning.getMessage(null)).startsWith("warning: @QaSource accept \"numbering-gap:40\" accepts nothing:"
        + " line 40 has no numbering-gap warning [unused-accept]\n");
    assertThat(warning.getMessage(null)).endsWith("hint: write the line that the warning is reported on, or delete the entry");
    assertThat(warning.getLineNumber()).isEqualTo(3L);
    assertThat(warning.getColumnNumber()).isEqualTo(1L + "    accept = {\"numbering-gap:41\", ".length());
  }

  @Test
  void unusedAcceptIsAnErrorInStrictMode() {
    Compilation compilation = compile(Sources.packageInfo("com.example",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\", strict = true,"
            + " accept = {\"numbering-gap:41\", \"mojibake:28\", \"lowercase-start\", \"mojibake:29\"})"));

    assertThat(compilation).failed();
    List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("error: @QaSource accept \"mojibake:29\" accepts nothing: line 29 has no"
        + " mojibake warning [unused-accept]\n");
  }

  @Test
  void invalidClassNameIsReportedOnTheClassNameValue() {
    JavaFileObject source = JavaFileObjects.forSourceLines("com.example.package-info",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\",",
        "    className = \"Qa-Catalog\")",
        "package com.example;",
        "",
        "import io.github.qacatalog.QaSource;");
    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    Diagnostic<? extends JavaFileObject> error = only(compilation, "is not a valid Java class name");
    assertThat(error.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
    assertThat(error.getLineNumber()).isEqualTo(2L);
    assertThat(error.getColumnNumber()).isEqualTo(1L + "    className = ".length());
  }

  @Test
  void errorsAndWarningsOfOneFileAreAllReportedInOneBuildAndNothingIsGenerated() {
    JavaFileObject source = Sources.qaSource("diagnostics/numbering-gap-and-duplicates.md");
    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("numbering-gap-and-duplicates.md:5:1: error: question number 2")
        .inFile(source).onLine(1);
    assertThat(compilation).hadErrorContaining("numbering-gap-and-duplicates.md:9:1: error: section \"One\"");
    assertThat(compilation).hadWarningContaining("numbering-gap-and-duplicates.md:11:1: warning: question 9");
  }

  @Test
  void fileThatIsADirectoryIsUnreadable() {
    Compilation compilation = compile(Sources.qaSource("diagnostics"), "-Aqacatalog.root=src/test/resources");

    assertThat(compilation).hadErrorContaining("question file diagnostics could not be read");
    assertThat(compilation).hadErrorContaining("is a directory");
  }

  @Test
  void fileLargerThanTheLimitIsAnError() {
    Compilation compilation = compile(Sources.qaSource(SeedFile.RESOURCE), "-Aqacatalog.maxBytes=1000");

    assertThat(compilation).hadErrorContaining("seed/QA.md:1:1: error: the file has 9,277 bytes, more than the limit of 1,000");
  }

  private static Diagnostic<? extends JavaFileObject> only(Compilation compilation, String containing) {
    List<Diagnostic<? extends JavaFileObject>> found = compilation.diagnostics().stream()
        .filter(d -> d.getMessage(null).contains(containing))
        .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(null))
        .toList();
  }
}
