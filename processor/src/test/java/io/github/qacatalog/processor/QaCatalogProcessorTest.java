package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.testing.CompiledClasses;
import io.github.qacatalog.processor.testing.SeedFile;
import io.github.qacatalog.processor.testing.Sources;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class QaCatalogProcessorTest {

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new QaCatalogProcessor()).compile(sources);
  }

  @Test
  void seedCompilesIntoThreeCategoriesOfThirteenFifteenAndElevenQuestions() {
    Compilation compilation = compile(Sources.qaSource(SeedFile.RESOURCE));

    assertThat(compilation).succeeded();
    List<QaCategory> categories = new CompiledClasses(compilation).callStatic("com.example.QaCatalog", "categories");
    assertThat(categories.stream().map(QaCategory::title).toList())
        .containsExactly("Context-Aware QA", "Cold Chat QA", "Out-of-Scope QA").inOrder();
    assertThat(categories.stream().map(c -> c.items().size()).toList()).containsExactly(13, 15, 11).inOrder();
  }

  @Test
  void everyItemOfTheSeedHasTheTextNumberLineAndCategoryOfItsLine() {
    Compilation compilation = compile(Sources.qaSource(SeedFile.RESOURCE));
    List<QaItem> all = new CompiledClasses(compilation).callStatic("com.example.QaCatalog", "all");
    List<SeedFile.Line> expected = SeedFile.numberedLines();

    assertThat(all).hasSize(39);
    for (int i = 0; i < expected.size(); i++) {
      QaItem item = all.get(i);
      SeedFile.Line line = expected.get(i);
      assertThat(item.number()).isEqualTo(line.number());
      assertThat(item.question()).isEqualTo(line.text());
      assertThat(item.line()).isEqualTo(line.line());
      assertThat(item.category().title()).isEqualTo(line.heading());
      assertThat(item.id()).isEqualTo("Q" + line.number());
      assertThat(item.answer()).isEmpty();
      assertThat(item.category().items()).contains(item);
    }
  }

  @Test
  void seedKeepsItsDefectsCharacterForCharacter() {
    CompiledClasses classes = new CompiledClasses(compile(Sources.qaSource(SeedFile.RESOURCE)));
    Optional<QaItem> q19 = classes.callStatic("com.example.QaCatalog", "byId", "Q19");
    Optional<QaItem> q18 = classes.callStatic("com.example.QaCatalog", "byId", "Q18");
    Optional<QaItem> q29 = classes.callStatic("com.example.QaCatalog", "byId", "Q29");

    assertThat(q19.orElseThrow().question()).startsWith("You\u00e2\u20ac\u2122ve implemented");
    assertThat(q18.orElseThrow().question()).startsWith("our interest in tiny models");
    assertThat(q29).isEmpty();
  }

  @Test
  void constantsAreReachableByName() throws Exception {
    CompiledClasses classes = new CompiledClasses(compile(Sources.qaSource(SeedFile.RESOURCE)));
    Class<?> outOfScope = classes.loadClass("com.example.QaCatalog$OutOfScopeQa");
    QaItem q37 = (QaItem) outOfScope.getField("Q37").get(null);

    assertThat(q37.question()).isEqualTo("Who is the current CEO of Microsoft?");
    assertThat(outOfScope.isEnum()).isTrue();
  }

  @Test
  void classNameOptionNamesTheGeneratedClass() {
    Compilation compilation = compile(Sources.packageInfo("com.example",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\", className = \"Questions\")"));

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.Questions");
  }

  @Test
  void missingFileIsOneErrorOnTheAnnotationListingEveryPlaceTried() {
    JavaFileObject source = Sources.qaSource("qa/missing.md");
    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("question file qa/missing.md not found").inFile(source).onLine(1);
    assertThat(compilation).hadErrorContaining("CLASS_OUTPUT");
    assertThat(compilation).hadErrorContaining("CLASS_PATH");
    assertThat(compilation).hadErrorContaining("SOURCE_PATH");
  }

  @Test
  void rootOptionIsTriedFirstAndListedWhenTheFileIsNotThere() {
    Compilation compilation = javac().withProcessors(new QaCatalogProcessor())
        .withOptions("-Aqacatalog.root=/nonexistent/dir")
        .compile(Sources.qaSource("qa/missing.md"));

    assertThat(compilation).hadErrorContaining("/nonexistent/dir/qa/missing.md (-Aqacatalog.root)");
  }

  @Test
  void annotationOnATypeGeneratesIntoItsPackage() {
    Compilation compilation = compile(com.google.testing.compile.JavaFileObjects.forSourceLines("com.example.sub.Holder",
        "package com.example.sub;",
        "@io.github.qacatalog.QaSource(\"" + SeedFile.RESOURCE + "\")",
        "final class Holder {}"));

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.sub.QaCatalog");
  }

  @Test
  void invalidClassNameIsAnErrorOnTheAnnotation() {
    JavaFileObject source = Sources.packageInfo("com.example",
        "@QaSource(value = \"" + SeedFile.RESOURCE + "\", className = \"Qa-Catalog\")");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("className \"Qa-Catalog\" is not a valid Java class name")
        .inFile(source).onLine(1);
  }

  @Test
  void twoSourcesGeneratingTheSameClassAreAnError() {
    Compilation compilation = compile(Sources.qaSource(SeedFile.RESOURCE),
        com.google.testing.compile.JavaFileObjects.forSourceLines("com.example.Holder",
            "package com.example;",
            "@io.github.qacatalog.QaSource(\"" + SeedFile.RESOURCE + "\")",
            "final class Holder {}"));

    assertThat(compilation).hadErrorContaining("another @QaSource already generates com.example.QaCatalog");
  }
}
