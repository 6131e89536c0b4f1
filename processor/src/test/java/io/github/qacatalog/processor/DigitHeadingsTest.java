package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.testing.CompiledClasses;
import io.github.qacatalog.processor.testing.CompiledFile;
import io.github.qacatalog.processor.testing.Sources;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A heading may start with a digit: its enum gets {@code Q_} before the name, as a question's
 * constant does, and the heading stays as written.
 */
class DigitHeadingsTest {

  @Test
  void headingsThatStartWithADigitCompileIntoEnumsNamedWithQ_() throws Exception {
    Compilation compilation = javac().withProcessors(new QaCatalogProcessor())
        .compile(Sources.qaSource("names/digit-headings.md"));

    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    List<QaCategory> categories = classes.callStatic("com.example.QaCatalog", "categories");
    assertThat(categories.stream().map(QaCategory::title).toList())
        .containsExactly("2025 Hiring Loop", "Q2025 Hiring Loop", "3 Questions, 1 Answer").inOrder();
    List<String> enums = List.of("Q_2025HiringLoop", "Q2025HiringLoop", "Q_3Questions1Answer");
    for (int i = 0; i < enums.size(); i++) {
      Class<?> type = classes.loadClass("com.example.QaCatalog$" + enums.get(i));
      assertThat(type.isEnum()).isTrue();
      QaItem only = (QaItem) type.getEnumConstants()[0];
      assertThat(only.category()).isSameInstanceAs(categories.get(i));
      assertThat(only.number()).isEqualTo(i + 1);
    }
  }

  @Test
  void twoDigitHeadingsOfTheSameWordsStillCollideLoudly() {
    CompiledFile file = CompiledFile.ofText("## 2025 Hiring Loop\n\n1. First?\n\n## 2025 hiring-loop\n\n2. Second?\n");

    assertThat(file.problems()).containsExactly("5:1 duplicate-type-name");
    assertThat(file.diagnostics().get(0).text()).contains("Q_2025HiringLoop");
    assertThat(file.generated()).isFalse();
  }

  @Test
  void aHeadingWithNoLetterOrDigitStillFails() {
    CompiledFile file = CompiledFile.ofText("## 2025\n\n1. First?\n\n## ---?\n\n2. Second?\n");

    assertThat(file.catalog().categories().get(0).typeName()).isEqualTo("Q_2025");
    assertThat(file.problems()).containsExactly("5:1 invalid-type-name");
  }
}
