package io.github.qacatalog.processor;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.generate.CatalogGenerator;
import io.github.qacatalog.processor.generate.CatalogLayout;
import io.github.qacatalog.processor.generate.ClassFileLimits;
import io.github.qacatalog.processor.generate.GeneratedJavaFile;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.CatalogBuilder;
import io.github.qacatalog.processor.parse.ParsedDocument;
import io.github.qacatalog.processor.parse.QuestionFileParser;
import io.github.qacatalog.processor.parse.SourceFile;
import io.github.qacatalog.processor.validate.Validator;
import java.util.Optional;

/**
 * Runs the stages on the bytes of one question file: parse, name, validate, generate. Each stage
 * reads only what the one before it made: the validator and the generator see the model alone. It
 * knows nothing of javac, so tests and tools can call it directly.
 */
public final class CatalogCompiler {
  private CatalogCompiler() {}

  /**
   * What compiling a file gave: its problems, and the generated source when there was no error.
   * {@code catalog} is present whenever the file could be read, errors or not.
   */
  public record Result(Diagnostics diagnostics, Optional<Catalog> catalog, Optional<GeneratedJavaFile> javaFile) {}

  /**
   * Compiles {@code bytes}. Problems go to {@code diagnostics}, which the caller may pass in to
   * learn where the compiler was when something unexpected failed.
   */
  public static Result compile(byte[] bytes, String packageName, String className, String sourceName,
      Diagnostics diagnostics) {
    return run(bytes, packageName, className, sourceName, diagnostics, true);
  }

  /**
   * Runs every stage but the last: the catalog and all its problems, without the Java source,
   * which is the largest thing the stages make and which a check or an export does not need.
   */
  public static Result check(byte[] bytes, String packageName, String className, String sourceName,
      Diagnostics diagnostics) {
    return run(bytes, packageName, className, sourceName, diagnostics, false);
  }

  private static Result run(byte[] bytes, String packageName, String className, String sourceName,
      Diagnostics diagnostics, boolean generate) {
    Optional<SourceFile> source = SourceFile.decode(bytes, diagnostics);
    if (source.isEmpty()) {
      return new Result(diagnostics, Optional.empty(), Optional.empty());
    }
    Catalog catalog = catalog(source.get(), packageName, className, sourceName, diagnostics);
    Validator.validate(catalog, diagnostics);
    // Laid out once: the limits are checked on what the generator then writes.
    CatalogLayout layout = CatalogLayout.of(catalog);
    ClassFileLimits.check(layout, diagnostics);
    if (diagnostics.hasErrors() || !generate) {
      return new Result(diagnostics, Optional.of(catalog), Optional.empty());
    }
    return new Result(diagnostics, Optional.of(catalog), Optional.of(CatalogGenerator.generate(layout)));
  }

  /** Parses and names; a method of its own so that the parsed document is garbage once the catalog exists. */
  private static Catalog catalog(SourceFile source, String packageName, String className, String sourceName,
      Diagnostics diagnostics) {
    ParsedDocument document = QuestionFileParser.parse(source, diagnostics);
    return CatalogBuilder.build(document, packageName, className, sourceName);
  }
}
