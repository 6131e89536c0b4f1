package io.github.qacatalog;

import java.util.List;
import java.util.Optional;

/**
 * One {@code ##} section of a catalog that holds questions. Immutable.
 */
public interface QaCategory {

  /** The section heading as written, trimmed, without the {@code ##} marker. */
  String title();

  /** The Markdown text between the heading and the first question, when there is any. */
  Optional<String> description();

  /** The questions of this section, in file order. The list is unmodifiable. */
  List<QaItem> items();

  /**
   * Creates an immutable category. Generated code calls this; applications rarely need to.
   *
   * @param description the description, or {@code null} when the section has none
   */
  static QaCategory of(String title, String description, List<? extends QaItem> items) {
    return new SimpleQaCategory(title, description, items);
  }
}
