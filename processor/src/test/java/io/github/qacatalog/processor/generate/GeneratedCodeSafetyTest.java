package io.github.qacatalog.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.JavaFileObjects;
import com.sun.source.util.JavacTask;
import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.testing.CatalogModels;
import io.github.qacatalog.processor.testing.CatalogModels.CategorySpec;
import io.github.qacatalog.processor.testing.CatalogModels.QuestionSpec;
import io.github.qacatalog.processor.testing.GeneratedCatalog;
import io.github.qacatalog.processor.testing.HostileTexts;
import io.github.qacatalog.processor.testing.HtmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every hostile text, as heading, description, question, answer and id at once, goes through the
 * generator and javac and comes back unchanged: in the running code, and in the Javadoc javac reads.
 */
class GeneratedCodeSafetyTest {
  private static final List<String> NAMES = new ArrayList<>(HostileTexts.all().keySet());
  private static final List<String> TEXTS = new ArrayList<>(HostileTexts.all().values());

  private static Catalog catalog;
  private static GeneratedCatalog compiled;

  @BeforeAll
  static void compileOneCategoryPerText() {
    List<CategorySpec> categories = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      String text = TEXTS.get(i);
      QuestionSpec question = new QuestionSpec("Q" + (i + 1), text, i + 1, 40_000 + i, text, Optional.of(text));
      categories.add(new CategorySpec(text, "C" + i, Optional.of(text), List.of(question)));
    }
    catalog = CatalogModels.catalog(categories);
    compiled = GeneratedCatalog.compile(catalog);
  }

  @Test
  void everyTextComesBackFromTheCompiledCatalog() {
    List<QaCategory> categories = compiled.categories();
    assertThat(categories).hasSize(TEXTS.size());
    for (int i = 0; i < TEXTS.size(); i++) {
      String text = TEXTS.get(i);
      QaCategory category = categories.get(i);
      QaItem item = category.items().get(0);
      assertWithMessage(NAMES.get(i)).that(category.title()).isEqualTo(text);
      assertWithMessage(NAMES.get(i)).that(category.description()).hasValue(text);
      assertWithMessage(NAMES.get(i)).that(item.question()).isEqualTo(text);
      assertWithMessage(NAMES.get(i)).that(item.id()).isEqualTo(text);
      assertWithMessage(NAMES.get(i)).that(item.number()).isEqualTo(i + 1);
      assertWithMessage(NAMES.get(i)).that(item.line()).isEqualTo(40_000 + i);
      assertWithMessage(NAMES.get(i)).that(item.category()).isSameInstanceAs(category);
    }
  }

  @Test
  void answersComeBackTooEmptyOnesAsNone() {
    for (int i = 0; i < TEXTS.size(); i++) {
      QaItem item = compiled.categories().get(i).items().get(0);
      Optional<String> expected = TEXTS.get(i).isEmpty() ? Optional.empty() : Optional.of(TEXTS.get(i));
      assertWithMessage(NAMES.get(i)).that(item.answer()).isEqualTo(expected);
    }
  }

  @Test
  void byIdFindsEveryTextAsAnId() {
    for (int i = 0; i < TEXTS.size(); i++) {
      assertWithMessage(NAMES.get(i)).that(compiled.byId(TEXTS.get(i)).map(QaItem::number)).hasValue(i + 1);
    }
  }

  @Test
  void javacReadsEachConstantsJavadocAsItsQuestion() throws Exception {
    GeneratedJavaFile source = CatalogGenerator.generate(catalog);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("-proc:none"), null,
        List.of(JavaFileObjects.forSourceString(source.qualifiedName(), source.text())));
    task.analyze();
    Elements elements = task.getElements();
    for (int i = 0; i < TEXTS.size(); i++) {
      TypeElement category = elements.getTypeElement(source.qualifiedName() + ".C" + i);
      Element constant = category.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).findFirst().orElseThrow();
      String text = TEXTS.get(i);
      String expected = text + "\n";
      assertWithMessage(NAMES.get(i)).that(withoutLineIndent(HtmlText.unescape(elements.getDocComment(constant))))
          .isEqualTo(withoutLineIndent(expected));
      String heading = text + (text.isEmpty() ? "\n\n<p>" : "\n\n<p>" + text) + "\n";
      assertWithMessage(NAMES.get(i)).that(withoutLineIndent(HtmlText.unescape(elements.getDocComment(category))))
          .isEqualTo(withoutLineIndent(heading));
    }
  }

  /** javac hands a comment back with the spaces after each line's {@code *} changed; compare without them. */
  private static String withoutLineIndent(String text) {
    return text.replaceAll("(?m)^[ \\t]+", "");
  }

  @Test
  void theSourceIsPrintableAsciiSoThatAnySourceEncodingReadsItTheSame() {
    String text = CatalogGenerator.generate(catalog).text();
    assertThat(text.replaceAll("[\\x20-\\x7E\\n]", "")).isEmpty();
  }
}
