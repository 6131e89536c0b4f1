package io.github.qacatalog.processor;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import java.util.List;
import java.util.Optional;

/**
 * A compiled catalog offered through the runtime interfaces as the generated class offers it,
 * without compiling Java: its {@code categories()} and {@code all()}, which is what the export
 * writers take. The command line exports through it.
 */
public final class RuntimeCatalog {
  private final List<QaCategory> categories;
  private final List<QaItem> all;

  private RuntimeCatalog(Catalog catalog) {
    this.categories = catalog.categories().stream().<QaCategory>map(CompiledCategory::new).toList();
    this.all = categories.stream().flatMap(category -> category.items().stream()).toList();
  }

  public static RuntimeCatalog of(Catalog catalog) {
    return new RuntimeCatalog(catalog);
  }

  /** The categories, in file order, as the generated {@code categories()} returns them. */
  public List<QaCategory> categories() {
    return categories;
  }

  /** Every question, in file order, as the generated {@code all()} returns them. */
  public List<QaItem> all() {
    return all;
  }

  /** A section: its questions know it, as a generated enum constant knows its category. */
  private static final class CompiledCategory implements QaCategory {
    private final String title;
    private final Optional<String> description;
    private final List<QaItem> items;

    CompiledCategory(Category category) {
      this.title = category.title();
      this.description = category.description();
      this.items = category.questions().stream().<QaItem>map(question -> new CompiledItem(question, this)).toList();
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public Optional<String> description() {
      return description;
    }

    @Override
    public List<QaItem> items() {
      return items;
    }

    @Override
    public String toString() {
      return title + " (" + items.size() + " questions)";
    }
  }

  /** A question, with the values the generated constant returns. */
  private static final class CompiledItem implements QaItem {
    private final Question question;
    private final QaCategory category;

    CompiledItem(Question question, QaCategory category) {
      this.question = question;
      this.category = category;
    }

    @Override
    public String id() {
      return question.id();
    }

    @Override
    public int number() {
      return question.number();
    }

    @Override
    public String question() {
      return question.text();
    }

    @Override
    public Optional<String> answer() {
      return question.answer();
    }

    @Override
    public QaCategory category() {
      return category;
    }

    @Override
    public int line() {
      return question.position().line();
    }

    /** The constant's name, as an enum constant prints itself. */
    @Override
    public String toString() {
      return question.constantName();
    }
  }
}
