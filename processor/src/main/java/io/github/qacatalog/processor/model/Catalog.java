package io.github.qacatalog.processor.model;

import java.util.List;

/**
 * Everything the validator checks and the generator writes for one catalog class: what the file
 * holds, in file order, named. Nothing of the parser's types: later stages see the model alone.
 *
 * @param packageName package of the generated class; empty for the unnamed package
 * @param className simple name of the generated class
 * @param sourceName the file's path as written in {@code @QaSource}, for documentation
 * @param blank whether the file holds nothing but white space
 * @param sections every {@code ##} section, prose ones included, in file order
 * @param categories the sections that hold questions, in file order
 */
public record Catalog(
    String packageName, String className, String sourceName, boolean blank, List<Section> sections,
    List<Category> categories) {

  public Catalog {
    sections = List.copyOf(sections);
    categories = List.copyOf(categories);
  }

  /** Every question, in file order. */
  public List<Question> questions() {
    return categories.stream().flatMap(c -> c.questions().stream()).toList();
  }
}
