package io.github.qacatalog.bench;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Question files far beyond what one enum or one class can hold build with javac and the
 * processor, and every question comes back: a section of 20,000 questions, and a file of 100,000
 * in 10 sections. Without the split into parts javac would stop at {@code code too large}.
 */
class ScaleBuildTest {

  @Test
  void aSectionOf20000QuestionsBuilds(@TempDir Path directory) throws Exception {
    byte[] file = SyntheticQuestionFile.generate(20_000, 1, 7);
    JavacBuild build = JavacBuild.run(directory, file);

    assertWithMessage("javac errors").that(build.errors()).isEmpty();
    assertThat(build.generatedSource()).contains("Its 20,000 questions are split in file order over the enums {@link Part1} to");
    try (URLClassLoader loader = build.classLoader()) {
      assertEveryQuestionComesBack(file, loader);
      Class<?> section = loader.loadClass(JavacBuild.PACKAGE + ".QaCatalog$Section1" + sectionWord(file));
      assertThat(section.isInterface()).isTrue();
      Class<?> part20 = loader.loadClass(section.getName() + "$Part20");
      QaItem last = (QaItem) part20.getField("Q20000").get(null);
      assertThat(last.number()).isEqualTo(20_000);
      assertThat(part20.getEnumConstants()).hasLength(1_000);
    }
  }

  @Test
  void aFileOf100000QuestionsIn10SectionsBuilds(@TempDir Path directory) throws Exception {
    byte[] file = SyntheticQuestionFile.generate(100_000, 10, 11);
    JavacBuild build = JavacBuild.run(directory, file);

    assertWithMessage("javac errors").that(build.errors()).isEmpty();
    try (URLClassLoader loader = build.classLoader()) {
      assertEveryQuestionComesBack(file, loader);
    }
  }

  /** Every question of the file, as the processor read it, is in the loaded catalog, in order. */
  private static void assertEveryQuestionComesBack(byte[] file, URLClassLoader loader) throws Exception {
    Catalog expected = CatalogCompiler.compile(file, JavacBuild.PACKAGE, "QaCatalog", "qa/QA.md", new Diagnostics())
        .catalog().orElseThrow();
    Class<?> catalog = loader.loadClass(JavacBuild.PACKAGE + ".QaCatalog");
    @SuppressWarnings("unchecked")
    List<QaCategory> categories = (List<QaCategory>) catalog.getMethod("categories").invoke(null);
    @SuppressWarnings("unchecked")
    List<QaItem> all = (List<QaItem>) catalog.getMethod("all").invoke(null);
    Method byId = catalog.getMethod("byId", String.class);

    assertThat(categories).hasSize(expected.categories().size());
    assertThat(all).hasSize(expected.questions().size());
    int index = 0;
    for (int c = 0; c < categories.size(); c++) {
      Category category = expected.categories().get(c);
      assertThat(categories.get(c).title()).isEqualTo(category.title());
      assertThat(categories.get(c).description()).isEqualTo(category.description());
      for (Question question : category.questions()) {
        QaItem item = all.get(index++);
        assertThat(item.question()).isEqualTo(question.text());
        assertThat(item.answer()).isEqualTo(question.answer().text());
        assertThat(item.number()).isEqualTo(question.number().orElse(0));
        assertThat(item.line()).isEqualTo(question.position().line());
        assertThat(item.category()).isSameInstanceAs(categories.get(c));
      }
    }
    assertThat(byId.invoke(null, "Q" + expected.questions().size())).isEqualTo(Optional.of(all.get(all.size() - 1)));
  }

  /** The type name of the synthetic file's first section is "Section1" and its random word. */
  private static String sectionWord(byte[] file) {
    Catalog catalog = CatalogCompiler.compile(file, JavacBuild.PACKAGE, "QaCatalog", "qa/QA.md", new Diagnostics())
        .catalog().orElseThrow();
    return catalog.categories().get(0).typeName().substring("Section1".length());
  }
}
