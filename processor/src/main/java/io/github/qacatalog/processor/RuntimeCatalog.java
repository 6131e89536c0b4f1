package io.github.qacatalog.processor;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import java.util.ArrayList;
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
    List<QaCategory> categories = new ArrayList<>();
    for (Category category : catalog.categories()) {
      CategoryOfItems holder = new CategoryOfItems();
      List<QaItem> items = category.questions().stream().<QaItem>map(question -> new CompiledItem(question, holder)).toList();
      // As the generated class builds its categories: QaCategory.of over the items.
      holder.category = QaCategory.of(category.title(), category.description().orElse(null), items);
      categories.add(holder.category);
    }
    this.categories = List.copyOf(categories);
    this.all = this.categories.stream().flatMap(category -> category.items().stream()).toList();
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

  /**
   * The category of a section's items, set once after the items exist, before the catalog is
   * handed out: an item and its category refer to each other.
   */
  private static final class CategoryOfItems {
    private QaCategory category;
  }

  /** A question, with the values the generated constant returns. */
  private static final class CompiledItem implements QaItem {
    private final Question question;
    private final CategoryOfItems category;

    CompiledItem(Question question, CategoryOfItems category) {
      this.question = question;
      this.category = category;
    }

    @Override
    public String id() {
      return question.id();
    }

    @Override
    public int number() {
      return question.number().orElse(0);
    }

    @Override
    public String question() {
      return question.text();
    }

    @Override
    public Optional<String> answer() {
      return question.answer().text();
    }

    @Override
    public List<String> paraphrases() {
      return question.paraphraseTexts();
    }

    @Override
    public QaCategory category() {
      return category.category;
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
