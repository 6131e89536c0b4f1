package io.github.qacatalog.processor.testing;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A question file run through {@link CatalogCompiler}, without javac: what it holds and what was
 * reported, in forms that are short to assert on.
 */
public record CompiledFile(CatalogCompiler.Result result) {

  public static CompiledFile ofResource(String resource) {
    return of(TestFiles.bytes(resource), resource);
  }

  public static CompiledFile ofText(String markdown) {
    return of(markdown.getBytes(StandardCharsets.UTF_8), "QA.md");
  }

  private static CompiledFile of(byte[] bytes, String name) {
    return new CompiledFile(CatalogCompiler.compile(bytes, "com.example", "QaCatalog", name, new Diagnostics()));
  }

  public Catalog catalog() {
    return result.catalog().orElseThrow();
  }

  public List<Question> questions() {
    return catalog().questions();
  }

  public Question question(int index) {
    return questions().get(index);
  }

  public Category category(String title) {
    return catalog().categories().stream().filter(c -> c.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no category " + title));
  }

  public List<String> constantNames() {
    return questions().stream().map(Question::constantName).toList();
  }

  /** Every problem as {@code "LINE:COL code"}, in file order. */
  public List<String> problems() {
    return result.diagnostics().inFileOrder().stream()
        .map(d -> d.position() + " " + d.message().code()).toList();
  }

  public List<Diagnostic> diagnostics() {
    return result.diagnostics().inFileOrder();
  }

  public boolean generated() {
    return result.javaFile().isPresent();
  }
}
