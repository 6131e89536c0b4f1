package io.github.qacatalog.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.QaCatalogProcessor;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.testing.CatalogModels;
import io.github.qacatalog.processor.testing.CatalogModels.CategorySpec;
import io.github.qacatalog.processor.testing.CatalogModels.QuestionSpec;
import io.github.qacatalog.processor.testing.HostileTexts;
import io.github.qacatalog.processor.testing.SeedFile;
import io.github.qacatalog.processor.testing.Sources;
import io.github.qacatalog.processor.testing.TestFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The same file always generates the same bytes: twice in a row, through javac twice, and whatever
 * the JVM's default locale. (JDK 17 against JDK 25 needs two JVMs: bench/determinism-across-jdks.sh.)
 */
class DeterminismTest {

  @Test
  void theSameFileGeneratesTheSameSourceTwice() {
    byte[] seed = TestFiles.bytes(SeedFile.RESOURCE);
    assertThat(generate(seed)).isEqualTo(generate(seed));
  }

  @Test
  void twoJavacBuildsOfTheSeedWriteTheSameSource() throws IOException {
    assertThat(generatedByJavac()).isEqualTo(generatedByJavac());
  }

  @Test
  void theDefaultLocaleChangesNothing() {
    Catalog catalog = hostileCatalogOfThousandsOfQuestions();
    Locale before = Locale.getDefault();
    List<String> sources = new ArrayList<>();
    try {
      // Turkish upper-cases i to a dotted I; Arabic and Hindi format numbers with their own digits.
      for (Locale locale : List.of(Locale.ROOT, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-SA-u-nu-arab"),
          Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        sources.add(CatalogGenerator.generate(catalog).text());
      }
    } finally {
      Locale.setDefault(before);
    }
    assertThat(sources.get(0)).contains("Its 2,500 questions are split");
    for (String source : sources) {
      assertThat(source).isEqualTo(sources.get(0));
    }
  }

  private static Catalog hostileCatalogOfThousandsOfQuestions() {
    List<QuestionSpec> questions = new ArrayList<>();
    int number = 1;
    for (String text : HostileTexts.all().values()) {
      questions.add(new QuestionSpec("Q" + number, "id-" + number, number, number, text, Optional.of(text)));
      number++;
    }
    List<CategorySpec> categories = new ArrayList<>();
    categories.add(new CategorySpec("İstanbul ıi", "Hostile", Optional.of("d"), questions));
    categories.add(CatalogModels.numberedCategory("Big", "Big", number, 2_500));
    return CatalogModels.catalog(categories);
  }

  private static String generate(byte[] file) {
    return CatalogCompiler.compile(file, "com.example", "QaCatalog", "qa/QA.md", new Diagnostics())
        .javaFile().orElseThrow().text();
  }

  private static String generatedByJavac() throws IOException {
    Compilation compilation = javac().withProcessors(new QaCatalogProcessor()).compile(Sources.qaSource(SeedFile.RESOURCE));
    assertThat(compilation).succeeded();
    JavaFileObject generated = compilation.generatedSourceFile("com.example.QaCatalog").orElseThrow();
    return generated.getCharContent(false).toString();
  }
}
