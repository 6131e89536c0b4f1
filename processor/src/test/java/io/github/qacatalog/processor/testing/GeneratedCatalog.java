package io.github.qacatalog.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.generate.CatalogGenerator;
import io.github.qacatalog.processor.generate.GeneratedJavaFile;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import java.util.List;
import java.util.Optional;

/** A catalog class generated, compiled by javac and loaded, to be called as user code would. */
public final class GeneratedCatalog {
  private final String className;
  private final CompiledClasses classes;

  private GeneratedCatalog(String className, CompiledClasses classes) {
    this.className = className;
    this.classes = classes;
  }

  /** Generates the source of {@code catalog} and compiles it; fails with javac's messages if it does not compile. */
  public static GeneratedCatalog compile(Catalog catalog) {
    return compile(CatalogGenerator.generate(catalog));
  }

  public static GeneratedCatalog compile(GeneratedJavaFile source) {
    Compilation compilation = javac().withOptions("-Xlint:none")
        .compile(JavaFileObjects.forSourceString(source.qualifiedName(), source.text()));
    assertWithMessage("javac on the generated source: %s", compilation.diagnostics())
        .that(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    return new GeneratedCatalog(source.qualifiedName(), new CompiledClasses(compilation));
  }

  /** Wraps a compilation that ran the processor and succeeded. */
  public static GeneratedCatalog of(Compilation compilation, String className) {
    return new GeneratedCatalog(className, new CompiledClasses(compilation));
  }

  /** The class file javac wrote for the nested type {@code name} ({@code "Big$Part2"}), or the catalog class for "". */
  public byte[] classFile(String name) {
    return classes.bytes(name.isEmpty() ? className : className + "$" + name);
  }

  public List<QaItem> all() {
    return classes.callStatic(className, "all");
  }

  public List<QaCategory> categories() {
    return classes.callStatic(className, "categories");
  }

  public Optional<QaItem> byId(String id) {
    return classes.callStatic(className, "byId", id);
  }

  /** A nested type, by its name below the catalog class: {@code "Big$Part2"}. */
  public Class<?> nested(String name) throws ClassNotFoundException {
    return classes.loadClass(className + "$" + name);
  }

  /** The constant {@code constant} of the nested enum {@code type} ({@code "Big$Part2"}). */
  public QaItem constant(String type, String constant) throws ReflectiveOperationException {
    return (QaItem) nested(type).getField(constant).get(null);
  }

  /** Asserts that the class gives back every category and question of {@code catalog} exactly, in order. */
  public void assertHolds(Catalog catalog) {
    List<QaCategory> categories = categories();
    assertThat(categories).hasSize(catalog.categories().size());
    for (int c = 0; c < categories.size(); c++) {
      Category expected = catalog.categories().get(c);
      QaCategory actual = categories.get(c);
      assertThat(actual.title()).isEqualTo(expected.title());
      assertThat(actual.description()).isEqualTo(expected.description());
      assertThat(actual.items()).hasSize(expected.questions().size());
      for (int q = 0; q < expected.questions().size(); q++) {
        Question question = expected.questions().get(q);
        QaItem item = actual.items().get(q);
        assertThat(item.question()).isEqualTo(question.text());
        assertThat(item.answer()).isEqualTo(question.answer().text());
        assertThat(item.paraphrases()).containsExactlyElementsIn(question.paraphraseTexts()).inOrder();
        assertThat(item.id()).isEqualTo(question.id());
        assertThat(item.number()).isEqualTo(question.number().orElse(0));
        assertThat(item.line()).isEqualTo(question.position().line());
        assertThat(item.category()).isSameInstanceAs(actual);
        assertThat(byId(question.id())).hasValue(item);
      }
    }
    assertThat(all()).hasSize(catalog.questions().size());
  }
}
