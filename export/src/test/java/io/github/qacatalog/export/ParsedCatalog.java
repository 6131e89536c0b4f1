package io.github.qacatalog.export;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.RuntimeCatalog;
import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Severity;
import io.github.qacatalog.processor.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Markdown file read by the processor's own stages and offered through the runtime interfaces
 * by {@link RuntimeCatalog}, as the generated class offers it: what the writers take, without
 * compiling Java.
 */
record ParsedCatalog(Catalog catalog, RuntimeCatalog runtime, List<Diagnostic> diagnostics) {

  static ParsedCatalog ofResource(String resource) {
    try (InputStream in = ParsedCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedCatalog ofText(String markdown) {
    return of(markdown.getBytes(StandardCharsets.UTF_8));
  }

  private static ParsedCatalog of(byte[] bytes) {
    CatalogCompiler.Result result = CatalogCompiler.compile(bytes, "com.example", "QaCatalog", "QA.md", new Diagnostics());
    Catalog catalog = result.catalog().orElseThrow();
    return new ParsedCatalog(catalog, RuntimeCatalog.of(catalog), result.diagnostics().inFileOrder());
  }

  List<QaCategory> categories() {
    return runtime.categories();
  }

  List<QaItem> all() {
    return runtime.all();
  }

  List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }
}
