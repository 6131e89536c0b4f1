package io.github.qacatalog.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.qacatalog.processor.model.JavaNames;
import io.github.qacatalog.processor.testing.CompiledFile;
import io.github.qacatalog.processor.testing.GeneratedCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A section's enum is nested in the catalog class, so inside it its name hides any type of the same
 * simple name: a section {@code ## String} makes {@code String} mean the enum. Every type the
 * generated code names must still mean what the generator meant, whatever the sections are called.
 */
class TypeNameShadowingTest {
  private static final Pattern IMPORT = Pattern.compile("(?m)^import [\\w.]+\\.(\\w+);$");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\b");
  /** More than one string literal holds, so that the text is joined at run time. */
  private static final String LONG_DESCRIPTION = "Long. ".repeat(12_000);

  @Test
  void aCatalogWhoseSectionsAreNamedAfterEveryTypeTheGeneratorUsesCompiles() {
    Set<String> names = typesTheGeneratorNames();
    assertThat(names).containsAtLeast("String", "List", "Map", "Optional", "Override", "Generated", "Integer", "Object");
    names.add("Objects");

    StringBuilder file = new StringBuilder();
    int number = 1;
    for (String name : names) {
      String heading = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
      assertWithMessage("heading %s", heading).that(JavaNames.typeName(heading)).isEqualTo(name);
      file.append("## ").append(heading).append("\n\n").append(LONG_DESCRIPTION).append("\n\n");
      file.append(number).append(". What does ").append(name).append(" mean?\n\n");
      number++;
    }
    // A section of more than one part, so that the parts' code is generated too.
    file.append("## Strings\n\n");
    for (int q = 0; q < CatalogLayout.PART_SIZE + 1; q++, number++) {
      file.append(number).append(". Question ").append(number).append("?\n");
    }

    CompiledFile compiled = CompiledFile.ofText(file.toString());
    assertWithMessage("%s", compiled.problems()).that(compiled.generated()).isTrue();
    GeneratedCatalog.compile(compiled.result().javaFile().orElseThrow()).assertHolds(compiled.catalog());
  }

  /**
   * The simple names of the types a generated catalog names: its imports, and the classes of
   * {@code java.lang} it writes without one. Read from a catalog that uses every part of the
   * generator (a long text, a split section), so that a type the generator starts to use is in it.
   */
  private static Set<String> typesTheGeneratorNames() {
    StringBuilder file = new StringBuilder("## Plain\n\n" + LONG_DESCRIPTION + "\n\n");
    for (int q = 1; q <= CatalogLayout.PART_SIZE + 1; q++) {
      file.append(q).append(". Question ").append(q).append("?\n");
    }
    file.append("\n## Blocks\n\n**Question:** Why?\n\n**Answer:** Because.\n");
    String source = CompiledFile.ofText(file.toString()).result().javaFile().orElseThrow().text();
    Set<String> names = new TreeSet<>();
    Matcher imports = IMPORT.matcher(source);
    while (imports.find()) {
      names.add(imports.group(1));
    }
    List<String> words = new ArrayList<>();
    Matcher word = CAPITALISED_WORD.matcher(source);
    while (word.find()) {
      words.add(word.group());
    }
    for (String candidate : words) {
      if (isJavaLangClass(candidate)) {
        names.add(candidate);
      }
    }
    return names;
  }

  private static boolean isJavaLangClass(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, TypeNameShadowingTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
