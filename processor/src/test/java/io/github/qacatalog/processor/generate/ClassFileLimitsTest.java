package io.github.qacatalog.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.testing.CatalogModels;
import io.github.qacatalog.processor.testing.CatalogModels.CategorySpec;
import io.github.qacatalog.processor.testing.CatalogModels.QuestionSpec;
import io.github.qacatalog.processor.testing.ClassFileFacts;
import io.github.qacatalog.processor.testing.GeneratedCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The limit check errs on the safe side of javac: its estimates are never below the class files
 * javac writes. And a file beyond a limit gets an error instead of a javac failure.
 */
class ClassFileLimitsTest {

  @Test
  void estimatesAreNeverBelowWhatJavacWritesForTheWidestEnum() {
    // Ids that differ from the names, answers, paraphrases, and a few texts long enough for several
    // chunks: every column of the table, and a table of many constants.
    List<QuestionSpec> questions = new ArrayList<>();
    for (int i = 0; i < CatalogLayout.PART_SIZE; i++) {
      String text = i % 250 == 0 ? "\u20AC".repeat(50_000) + i : "Question " + i + "?";
      List<String> paraphrases = i % 3 == 0 ? List.of("Wording " + i + "?", "Other wording " + i + "?") : List.of();
      questions.add(new QuestionSpec("Q" + i, "id-" + i, 100_000 + i, 200_000 + i, text, Optional.of("Answer " + i),
          paraphrases));
    }
    Catalog catalog = CatalogModels.catalog(List.of(
        new CategorySpec("Wide", "Wide", Optional.of("A description."), questions)));
    GeneratedCatalog compiled = GeneratedCatalog.compile(catalog);

    ClassFileFacts actual = ClassFileFacts.read(compiled.classFile("Wide"));
    Category category = catalog.categories().get(0);
    ClassFileLimits.Estimate estimate = ClassFileLimits.questionEnum(
        CatalogLayout.of(catalog).categories().get(0).parts().get(0), Optional.of(category));
    assertThat(estimate.methodBytes()).isAtLeast((long) actual.staticInitializer());
    assertThat(estimate.constants()).isAtLeast((long) actual.constantPoolCount());
    // Close enough to mean something: within a quarter of the real figure.
    assertThat(estimate.methodBytes()).isAtMost(actual.staticInitializer() * 5L / 4);
  }

  @Test
  void estimatesAreNeverBelowWhatJavacWritesForTheCatalogClassAndASplitSection() {
    List<CategorySpec> categories = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      categories.add(CatalogModels.numberedCategory("Section " + i, "Section" + i, i + 1, 1));
    }
    categories.add(new CategorySpec("Big", "Big", Optional.of("x".repeat(70_000)),
        CatalogModels.numberedCategory("Big", "Big", 301, 2_500).questions()));
    Catalog catalog = CatalogModels.catalog(categories);
    GeneratedCatalog compiled = GeneratedCatalog.compile(catalog);
    CatalogLayout layout = CatalogLayout.of(catalog);

    ClassFileFacts catalogClass = ClassFileFacts.read(compiled.classFile(""));
    ClassFileLimits.Estimate catalogEstimate = ClassFileLimits.catalogClass(layout);
    assertThat(catalogEstimate.methodBytes()).isAtLeast((long) catalogClass.staticInitializer());
    assertThat(catalogEstimate.constants()).isAtLeast((long) catalogClass.constantPoolCount());

    ClassFileFacts big = ClassFileFacts.read(compiled.classFile("Big"));
    ClassFileLimits.Estimate interfaceEstimate = ClassFileLimits.splitInterface(layout.categories().get(300));
    assertThat(interfaceEstimate.methodBytes()).isAtLeast((long) big.codeLengths().get("items"));
    assertThat(interfaceEstimate.constants()).isAtLeast((long) big.constantPoolCount());

    for (int part = 1; part <= 3; part++) {
      ClassFileFacts facts = ClassFileFacts.read(compiled.classFile("Big$Part" + part));
      ClassFileLimits.Estimate estimate = ClassFileLimits.questionEnum(
          layout.categories().get(300).parts().get(part - 1), Optional.empty());
      assertWithMessage("Part%s", part).that(estimate.methodBytes()).isAtLeast((long) facts.staticInitializer());
      assertWithMessage("Part%s", part).that(estimate.constants()).isAtLeast((long) facts.constantPoolCount());
    }
  }

  @Test
  void aFileOfMoreSectionsThanTheCatalogClassCanListStopsWithAnError() {
    StringBuilder file = new StringBuilder();
    for (int i = 1; i <= 8_300; i++) {
      file.append("## Section ").append(i).append("\n\n").append(i).append(". Question ").append(i).append("?\n\n");
    }
    CatalogCompiler.Result result = CatalogCompiler.compile(file.toString().getBytes(StandardCharsets.UTF_8),
        "com.example", "QaCatalog", "qa/QA.md", new Diagnostics());

    assertThat(result.javaFile()).isEmpty();
    List<Diagnostic> errors = result.diagnostics().inFileOrder().stream()
        .filter(d -> d.message() == Message.METHOD_TOO_LARGE).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).format("qa/QA.md")).startsWith("qa/QA.md:1:1: error: the generated QaCatalog would need about"
        + " 66,464 bytes of code in its static initialiser; the JVM allows at most 65,535 bytes in one method");
    assertThat(errors.get(0).format("qa/QA.md")).contains("hint: split the file, or its largest sections, into smaller ones");
  }

  @Test
  void aCatalogClassNamedLikeAPartOfItsLargeSectionIsAnError() {
    StringBuilder file = new StringBuilder("## Questions\n\n");
    for (int i = 1; i <= 1_001; i++) {
      file.append(i).append(". Question ").append(i).append("?\n");
    }
    CatalogCompiler.Result result = CatalogCompiler.compile(file.toString().getBytes(StandardCharsets.UTF_8),
        "com.example", "Part2", "qa/QA.md", new Diagnostics());

    assertThat(result.javaFile()).isEmpty();
    assertThat(result.diagnostics().inFileOrder().stream().map(d -> d.format("qa/QA.md").lines().findFirst().orElseThrow()))
        .containsExactly("qa/QA.md:1:1: error: section \"Questions\" has 1,001 questions, so it is split into enums"
            + " Part1 to Part2, and one of them would take the name of the class Part2 around it [part-name-taken]");
  }

  @Test
  void aPartNumberBeyondTheLastPartIsNoClash() {
    StringBuilder file = new StringBuilder("## Part 3\n\n");
    for (int i = 1; i <= 1_001; i++) {
      file.append(i).append(". Question ").append(i).append("?\n");
    }
    CatalogCompiler.Result result = CatalogCompiler.compile(file.toString().getBytes(StandardCharsets.UTF_8),
        "com.example", "QaCatalog", "qa/QA.md", new Diagnostics());

    assertThat(result.diagnostics().inFileOrder()).isEmpty();
    assertThat(result.javaFile().orElseThrow().text()).contains("public interface Part3 extends QaItem {");
  }
}
