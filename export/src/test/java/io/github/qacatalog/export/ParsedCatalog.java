package io.github.qacatalog.export;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.RuntimeCatalog;
import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Severity;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    return ofBytes(bytes).orElseThrow();
  }

  /** The catalog of {@code bytes}; empty when they are not UTF-8, which gives no catalog at all. */
  static Optional<ParsedCatalog> ofBytes(byte[] bytes) {
    CatalogCompiler.Result result = CatalogCompiler.compile(bytes, "com.example", "QaCatalog", "QA.md", new Diagnostics());
    if (result.catalog().isEmpty()) {
      return Optional.empty();
    }
    Catalog catalog = result.catalog().get();
    return Optional.of(new ParsedCatalog(catalog, RuntimeCatalog.of(catalog), result.diagnostics().inFileOrder()));
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

  /**
   * Whether the Markdown writer must give this catalog back: it has no error, and no question
   * marker inside a list or quote (read there as text, which the writer does not promise to keep).
   */
  boolean mustRoundTrip() {
    // A file whose question lines Markdown does not read (reported) is one to fix, not one to preserve.
    return errors().isEmpty() && diagnostics.stream().noneMatch(
        d -> d.message() == Message.NESTED_QUESTION_MARKER || d.message() == Message.UNREAD_QUESTION);
  }

  /** What the catalog means, line numbers aside: one string per category and per question. */
  List<String> meaning() {
    List<String> meaning = new ArrayList<>();
    for (Category category : catalog.categories()) {
      meaning.add("category " + category.typeName() + " | " + category.title() + " | " + category.description());
      for (Question question : category.questions()) {
        meaning.add(question.constantName() + " | " + question.id() + " | " + question.number().orElse(0) + " | "
            + question.text() + " | " + question.answer().text() + " | " + question.paraphraseTexts());
      }
    }
    return meaning;
  }
}
