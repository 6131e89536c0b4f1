package io.github.qacatalog.processor.generate;

import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Which Java types hold which questions. A section of up to {@value #PART_SIZE} questions is one
 * enum named after its heading. A larger section becomes an interface of that name with nested
 * enums {@code Part1}, {@code Part2}, ..., each holding {@value #PART_SIZE} consecutive questions
 * of the section in file order (the last holds the rest): question {@code k} of the section (1
 * for its first) is in {@code Part⌈k/1000⌉}.
 *
 * <p>The split exists because the JVM cannot hold a large enum: javac initialises every constant in
 * one static initialiser, and one method holds at most 65,535 bytes of code, about 2,100
 * constants of this shape. {@value #PART_SIZE} keeps each part under half that budget, which
 * leaves room for long texts.
 *
 * @param categories one entry per category, in file order
 */
public record CatalogLayout(List<CategoryLayout> categories) {
  /** The most questions one enum holds. Changing it renames users' types; treat it as breaking. */
  public static final int PART_SIZE = 1_000;

  public CatalogLayout {
    categories = List.copyOf(categories);
  }

  /**
   * Where one category's questions go.
   *
   * @param index the category's position among the catalog's categories, from 0
   * @param parts the questions of each enum; a single part when the category is not split
   */
  public record CategoryLayout(Category category, int index, List<List<Question>> parts) {
    public CategoryLayout {
      parts = List.copyOf(parts);
    }

    /** Whether the category is an interface over several part enums rather than one enum. */
    public boolean split() {
      return parts.size() > 1;
    }

    /** The simple name of part {@code number} (from 1) of a split category. */
    public static String partName(int number) {
      return "Part" + number;
    }
  }

  public static CatalogLayout of(Catalog catalog) {
    List<CategoryLayout> categories = new ArrayList<>();
    for (int i = 0; i < catalog.categories().size(); i++) {
      Category category = catalog.categories().get(i);
      categories.add(new CategoryLayout(category, i, partsOf(category.questions())));
    }
    return new CatalogLayout(categories);
  }

  private static List<List<Question>> partsOf(List<Question> questions) {
    if (questions.size() <= PART_SIZE) {
      return List.of(questions);
    }
    List<List<Question>> parts = new ArrayList<>();
    for (int start = 0; start < questions.size(); start += PART_SIZE) {
      parts.add(questions.subList(start, Math.min(questions.size(), start + PART_SIZE)));
    }
    return parts;
  }
}
