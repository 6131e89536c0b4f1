package io.github.qacatalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The immutable {@link QaCategory} behind {@link QaCategory#of}. */
final class SimpleQaCategory implements QaCategory {
  private final String title;
  private final String description;
  private final List<QaItem> items;

  SimpleQaCategory(String title, String description, List<? extends QaItem> items) {
    this.title = Objects.requireNonNull(title, "title");
    this.description = description;
    this.items = List.copyOf(items);
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
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
