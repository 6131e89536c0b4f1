package io.github.qacatalog.processor.generate;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import java.util.List;
import java.util.Optional;

/**
 * Finds, before javac does, a generated class that the JVM could not load: a method of more than
 * 65,535 bytes of code ({@code code too large}) or a class of more than 65,535 constants ({@code
 * too many constants}). {@link CatalogLayout} keeps every realistic file far from both; what is
 * left are files of millions of questions or of texts hundreds of megabytes long, and those get
 * an error that says what to split, instead of a javac failure in generated code.
 *
 * <p>The figures are upper bounds of what javac writes for the code {@link CatalogGenerator}
 * writes from the same {@link CatalogLayout} (the enums, their constants, each table's columns and
 * chunks): every instruction counted at its widest form, no constant counted as shared. A test compiles
 * generated classes and checks that javac never needs more than estimated here.
 */
public final class ClassFileLimits {
  /** The JVM's limit on the code of one method, and on the constants of one class. */
  static final int LIMIT = 65_535;

  /** Upper bounds for one generated class: the code of its largest method, and its constants. */
  record Estimate(long methodBytes, long constants) {}

  private ClassFileLimits() {}

  /** Reports every class of {@code layout}, as the generator writes it, that would break a limit of the JVM. */
  public static void check(CatalogLayout layout, Diagnostics diagnostics) {
    Catalog catalog = layout.catalog();
    String catalogClass = catalog.className();
    report(catalogClass, "its static initialiser", catalogClass(layout), SourcePosition.START, diagnostics);
    for (CatalogLayout.CategoryLayout category : layout.categories()) {
      Category section = category.category();
      String typeName = catalogClass + "." + section.typeName();
      if (!category.split()) {
        report(typeName, "its static initialiser",
            questionEnum(category.parts().get(0), Optional.of(section)), section.position(), diagnostics);
        continue;
      }
      int parts = category.parts().size();
      for (String enclosing : List.of(section.typeName(), catalogClass)) {
        if (isPartName(enclosing, parts)) {
          diagnostics.report(Message.PART_NAME_TAKEN, section.position(), section.title(),
              section.questions().size(), parts, enclosing);
        }
      }
      report(typeName, "items()", splitInterface(category), section.position(), diagnostics);
      for (int part = 1; part <= parts; part++) {
        report(typeName + "." + CatalogLayout.CategoryLayout.partName(part), "its static initialiser",
            questionEnum(category.parts().get(part - 1), Optional.empty()), section.position(), diagnostics);
      }
    }
  }

  /** Whether {@code name} is {@code Part1} ... {@code Part<parts>}, which the split needs for itself. */
  private static boolean isPartName(String name, int parts) {
    String number = name.startsWith("Part") ? name.substring(4) : "";
    if (number.isEmpty() || number.length() > 9 || number.charAt(0) == '0'
        || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return Integer.parseInt(number) <= parts;
  }

  private static void report(String typeName, String method, Estimate estimate, SourcePosition position,
      Diagnostics diagnostics) {
    if (estimate.methodBytes() > LIMIT) {
      diagnostics.report(Message.METHOD_TOO_LARGE, position, typeName, estimate.methodBytes(), method);
    }
    if (estimate.constants() > LIMIT) {
      diagnostics.report(Message.TOO_MANY_CONSTANTS, position, typeName, estimate.constants());
    }
  }

  /**
   * The catalog class: its static initialiser builds the list of categories, reading each small
   * category's field, or building a split category from its title, description and parts.
   */
  static Estimate catalogClass(CatalogLayout layout) {
    long bytes = 64;
    long constants = 200;
    for (CatalogLayout.CategoryLayout category : layout.categories()) {
      // dup, index, the element, aastore
      bytes += 8;
      constants += 6;
      if (category.split()) {
        Category section = category.category();
        bytes += 6 + textBytes(section.title()) + optionalTextBytes(section.description());
        constants += textConstants(section.title())
            + section.description().map(ClassFileLimits::textConstants).orElse(0L);
      }
    }
    return new Estimate(bytes, constants);
  }

  /** The interface of a split category: its {@code items()} appends each part's values. */
  static Estimate splitInterface(CatalogLayout.CategoryLayout category) {
    int parts = category.parts().size();
    return new Estimate(32 + 8L * parts, 80 + 7L * parts);
  }

  /**
   * An enum of questions, as {@link CatalogLayout} lays it out. Its static initialiser creates
   * every bare constant ({@code new}, {@code dup}, name, ordinal, constructor call, {@code
   * putstatic}), then, for a category that is not split, the category object from its title and
   * description, then one array per column of the table, and reads the table: one array of the
   * columns and one of the table's chunks, a constant each. Its {@code $values()} method fills the
   * array of constants, 8 bytes each. The table's text is in its chunks; no text of a question is
   * code or a constant of its own.
   */
  static Estimate questionEnum(CatalogLayout.EnumLayout layout, Optional<Category> ownCategory) {
    long questions = layout.questions().size();
    Table table = layout.table();
    long bytes = 64 + 16 * questions + 17L * table.columns().size() + 8L * table.constants();
    long constants = 200 + 5 * questions + 2L * table.constants();
    if (ownCategory.isPresent()) {
      Category category = ownCategory.get();
      bytes += 12 + textBytes(category.title()) + optionalTextBytes(category.description());
      constants += textConstants(category.title())
          + category.description().map(ClassFileLimits::textConstants).orElse(0L);
    }
    long valuesMethod = 16 + 8 * questions;
    return new Estimate(Math.max(bytes, valuesMethod), constants);
  }

  /** Code that pushes a text: one {@code ldc_w}, or {@code String.join} over an array of literals. */
  private static long textBytes(String text) {
    int literals = JavaText.literalCount(text);
    return literals == 1 ? 3 : 12 + 8L * literals;
  }

  private static long optionalTextBytes(Optional<String> text) {
    return text.map(ClassFileLimits::textBytes).orElse(1L);
  }

  /** A string constant and its UTF-8 entry per literal. */
  private static long textConstants(String text) {
    return 2L * JavaText.literalCount(text);
  }
}
