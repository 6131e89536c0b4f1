package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.qacatalog.QaCategory;
import io.github.qacatalog.processor.testing.CompiledClasses;
import io.github.qacatalog.processor.testing.Sources;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headings in any script, and headings named like the types the generated code uses, still give
 * code that compiles: javac never fails on what the processor writes.
 */
class HeadingNamesTest {

  @Test
  void unusualHeadingsCompileIntoEnumsNamedByTheRules() throws Exception {
    Compilation compilation = javac().withProcessors(new QaCatalogProcessor())
        .compile(Sources.qaSource("names/unusual-headings.md"));

    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    for (String name : List.of("CaféQa", "質問", "Вопросы", "Class", "String", "Optional", "List", "Override",
        "Generated", "QaItem", "Map", "QAQuotesAndU0022Escapes")) {
      assertThat(classes.loadClass("com.example.QaCatalog$" + name).isEnum()).isTrue();
    }
    List<QaCategory> categories = classes.callStatic("com.example.QaCatalog", "categories");
    assertThat(categories.get(11).title()).isEqualTo("Q&A: \"quotes\" */ and \\u0022 escapes");
    assertThat(categories.get(4).items().get(0).question())
        .isEqualTo("Does a heading named like java.lang.String break the code?");
  }
}
