package io.github.qacatalog.processor.generate;

import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * What the generated code holds, decided once for {@link CatalogGenerator}, which writes it, and
 * {@link ClassFileLimits}, which checks it against the JVM's limits: which Java types hold which
 * questions, and how each enum stores the data of its questions.
 *
 * <p>A section of up to {@value #PART_SIZE} questions is one enum named after its heading. A larger
 * section becomes an interface of that name with nested enums {@code Part1}, {@code Part2}, ...,
 * each holding {@value #PART_SIZE} consecutive questions of the section in file order (the last
 * holds the rest): question {@code k} of the section (1 for its first) is in {@code
 * Part⌈k/1000⌉}. The split exists because javac initialises every constant of an enum in one
 * static initialiser, and one method holds at most 65,535 bytes of code.
 *
 * <p>Each enum's constants are bare, each with its question as Javadoc; the data of every
 * question is in one {@link Table} per enum, which the enum reads once when its class is
 * initialised. Bare constants are what javac compiles fastest: a constant with arguments costs
 * javac a constructor call to resolve and check, and a string literal per text costs it a tree,
 * a type check and a constant each; the table is a few large constants instead.
 *
 * @param catalog the catalog laid out
 * @param categories one entry per category, in file order
 */
public record CatalogLayout(Catalog catalog, List<CategoryLayout> categories) {
  /** The most questions one enum holds. Changing it renames users' types; treat it as breaking. */
  public static final int PART_SIZE = 1_000;

  public CatalogLayout {
    categories = List.copyOf(categories);
  }

  /**
   * Where one category's questions go.
   *
   * @param index the category's position among the catalog's categories, from 0
   * @param parts the enum of each part; a single one when the category is not split
   */
  public record CategoryLayout(Category category, int index, List<EnumLayout> parts) {
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

  /**
   * One enum of questions: its constants, in order, and the table that holds their data.
   *
   * @param questions one bare constant each, in file order
   * @param table the data of each question, in the same order
   */
  public record EnumLayout(List<Question> questions, Table table) {
    public EnumLayout {
      questions = List.copyOf(questions);
    }
  }

  /** Lays {@code catalog} out; the processor does it once, for the limit check and the generator. */
  public static CatalogLayout of(Catalog catalog) {
    List<CategoryLayout> categories = new ArrayList<>();
    for (int i = 0; i < catalog.categories().size(); i++) {
      Category category = catalog.categories().get(i);
      List<EnumLayout> parts = new ArrayList<>();
      for (List<Question> part : partsOf(category.questions())) {
        parts.add(new EnumLayout(part, Table.of(part)));
      }
      categories.add(new CategoryLayout(category, i, parts));
    }
    return new CatalogLayout(catalog, categories);
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
