package io.github.qacatalog.processor.model;

import java.util.List;

/**
 * Everything the generator needs to write one catalog class.
 *
 * @param packageName package of the generated class; empty for the unnamed package
 * @param className simple name of the generated class
 * @param sourceName the file's path as written in {@code @QaSource}, for documentation
 * @param categories the sections that hold questions, in file order
 */
public record Catalog(String packageName, String className, String sourceName, List<Category> categories) {

  public Catalog {
    categories = List.copyOf(categories);
  }

  /** Every question, in file order. */
  public List<Question> questions() {
    return categories.stream().flatMap(c -> c.questions().stream()).toList();
  }
}
