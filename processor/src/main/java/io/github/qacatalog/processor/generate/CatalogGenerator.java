package io.github.qacatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the Java source of a catalog with JavaPoet, as {@link CatalogLayout} lays it out: a final
 * class with one nested enum per category, or, for a category too large for one enum, an interface
 * over several; in each enum, one bare constant per question with its text as Javadoc, and the
 * table of the questions' data that the enum reads when it is initialised. The output depends on
 * the catalog alone (no time stamp, no hash-ordered iteration, no JDK table), so the same file
 * always generates the same bytes.
 *
 * <p>Every text from the file reaches JavaPoet already escaped by {@link JavaText}, as a {@code $L}
 * argument, so neither JavaPoet's own escaping (which lets U+2028 break a literal) nor its format
 * characters ever see user text. JavaPoet writes names as they are; {@link JavaText#asciiSource}
 * then turns the few characters outside ASCII (names in other scripts) into Unicode escapes, in a
 * catalog that has such names.
 */
public final class CatalogGenerator {
  /** The name in {@code @Generated}; the processor's class, which callers cannot always load. */
  public static final String GENERATOR_NAME = "io.github.qacatalog.processor.QaCatalogProcessor";

  private static final String RUNTIME_PACKAGE = "io.github.qacatalog";
  private static final ClassName QA_ITEM = ClassName.get(RUNTIME_PACKAGE, "QaItem");
  private static final ClassName QA_CATEGORY = ClassName.get(RUNTIME_PACKAGE, "QaCategory");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(ClassName.get(Optional.class), STRING);
  private static final TypeName OPTIONAL_ITEM = ParameterizedTypeName.get(ClassName.get(Optional.class), QA_ITEM);
  private static final TypeName LIST_OF_ITEMS = ParameterizedTypeName.get(ClassName.get(List.class), QA_ITEM);
  private static final TypeName LIST_OF_CATEGORIES = ParameterizedTypeName.get(ClassName.get(List.class), QA_CATEGORY);
  private static final TypeName ARRAY_OF_STRINGS = ArrayTypeName.of(STRING);
  private static final TypeName ARRAY_OF_INTS = ArrayTypeName.of(TypeName.INT);
  private static final TypeName ARRAY_OF_STRING_ARRAYS = ArrayTypeName.of(ARRAY_OF_STRINGS);
  private static final TypeName LIST_OF_STRINGS = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
  private static final TypeName MAP_OF_ITEMS = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, QA_ITEM);

  /**
   * Each enum reads its own table: a reader in the catalog class would initialise the catalog
   * class from inside an enum's initialiser, and the catalog's index of ids would then meet that
   * enum's arrays still empty.
   */
  private static final MethodSpec READ_TABLE = readTable(false);
  /** {@link #READ_TABLE} for a table with a column of lists: only such an enum needs the longer method. */
  private static final MethodSpec READ_TABLE_WITH_LISTS = readTable(true);

  private static MethodSpec readTable(boolean lists) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("readTable")
        .addJavadoc("Reads the table of this enum's questions into its arrays, one per column. The chunks\n"
            + "joined hold one row per constant, in constant order, and each row one field per column, in\n"
            + "order, each ended by a comma: a number ({@code int[]}) in decimal, a text ({@code String[]})\n"
            + "as its length in {@code char}s, a colon and its characters.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(ArrayTypeName.of(Object.class), "columns")
        .addParameter(ARRAY_OF_STRINGS, "chunks")
        .varargs()
        .addStatement("$T table = chunks.length == 1 ? chunks[0] : $T.join(\"\", chunks)", STRING, STRING)
        .addStatement("int at = 0")
        .beginControlFlow("for (int row = 0; at < table.length(); row++)")
        .beginControlFlow("for ($T column : columns)", Object.class)
        .beginControlFlow("if (column instanceof int[])")
        .addStatement("int end = table.indexOf(',', at)")
        .addStatement("((int[]) column)[row] = $T.parseInt(table, at, end, 10)", Integer.class)
        .addStatement("at = end + 1");
    if (lists) {
      method.addJavadoc("A list of texts ({@code String[][]}) is its count in decimal, a comma and that many texts.\n")
          .nextControlFlow("else if (column instanceof $T)", ARRAY_OF_STRING_ARRAYS)
          .addStatement("int end = table.indexOf(',', at)")
          .addStatement("$T texts = new $T[$T.parseInt(table, at, end, 10)]", ARRAY_OF_STRINGS, STRING, Integer.class)
          .addStatement("at = end + 1")
          .beginControlFlow("for (int i = 0; i < texts.length; i++)")
          .addStatement("int start = table.indexOf(':', at) + 1")
          .addStatement("int textEnd = start + $T.parseInt(table, at, start - 1, 10)", Integer.class)
          .addStatement("texts[i] = table.substring(start, textEnd)")
          .addStatement("at = textEnd + 1")
          .endControlFlow()
          .addStatement("(($T) column)[row] = texts", ARRAY_OF_STRING_ARRAYS);
    }
    return method.nextControlFlow("else")
        .addStatement("int start = table.indexOf(':', at) + 1")
        .addStatement("int end = start + $T.parseInt(table, at, start - 1, 10)", Integer.class)
        .addStatement("(($T) column)[row] = table.substring(start, end)", ARRAY_OF_STRINGS)
        .addStatement("at = end + 1")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private static final CodeBlock NO_ARGUMENTS = CodeBlock.of("");

  private final Catalog catalog;
  private final ClassName catalogName;
  private final CatalogLayout layout;

  private CatalogGenerator(CatalogLayout layout) {
    this.catalog = layout.catalog();
    this.catalogName = ClassName.get(catalog.packageName(), catalog.className());
    this.layout = layout;
  }

  /** The source of {@code catalog}, laid out by {@link CatalogLayout#of}. */
  public static GeneratedJavaFile generate(Catalog catalog) {
    return generate(CatalogLayout.of(catalog));
  }

  /** The source of the catalog {@code layout} lays out: what {@link ClassFileLimits} checked. */
  public static GeneratedJavaFile generate(CatalogLayout layout) {
    return new CatalogGenerator(layout).write();
  }

  private GeneratedJavaFile write() {
    JavaFile file = JavaFile.builder(catalog.packageName(), catalogClass())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    // Sized for the tables and a Javadoc line per question up front, so that a large catalog is
    // not copied over and over as the text grows.
    long tableChars = 0;
    for (CatalogLayout.CategoryLayout category : layout.categories()) {
      for (CatalogLayout.EnumLayout part : category.parts()) {
        tableChars += part.table().chars();
      }
    }
    StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, 4096 + 2 * tableChars));
    try {
      file.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    String source = out.toString();
    return new GeneratedJavaFile(catalog.packageName(), catalog.className(),
        namesAreAscii() ? source : JavaText.asciiSource(source));
  }

  /**
   * Whether every name JavaPoet writes is ASCII. Every text reaches it in ASCII already (see {@link
   * JavaText}), so the source then is too, and needs no pass of {@link JavaText#asciiSource} over
   * every character of it.
   */
  private boolean namesAreAscii() {
    if (!JavaText.isAscii(catalog.packageName()) || !JavaText.isAscii(catalog.className())) {
      return false;
    }
    for (Category category : catalog.categories()) {
      if (!JavaText.isAscii(category.typeName())) {
        return false;
      }
      for (Question question : category.questions()) {
        if (!JavaText.isAscii(question.constantName())) {
          return false;
        }
      }
    }
    return true;
  }

  private TypeSpec catalogClass() {
    AnnotationSpec.Builder generated = AnnotationSpec.builder(GENERATED).addMember("value", "$L",
        JavaText.stringLiteral(GENERATOR_NAME));
    String comments = "from " + catalog.sourceName();
    if (JavaText.literalCount(comments) == 1) {
      // An annotation takes only a constant, which must fit in one literal; a path that long is no use there.
      generated.addMember("comments", "$L", JavaText.stringLiteral(comments));
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(catalogName)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(generated.build())
        .addJavadoc("The questions of <code>$L</code>, one enum per category.\n", JavaText.javadoc(catalog.sourceName()))
        .addJavadoc("\n<p>Generated by qacatalog; edit the Markdown file, not this class.\n");

    CodeBlock.Builder categories = CodeBlock.builder();
    for (CatalogLayout.CategoryLayout category : layout.categories()) {
      if (category.index() > 0) {
        categories.add(",\n");
      }
      Category section = category.category();
      if (category.split()) {
        categories.add("$T.of($L, $L, $N.items())", QA_CATEGORY, JavaText.stringExpression(section.title()),
            stringExpressionOrNull(section.description()), section.typeName());
      } else {
        categories.add("$N.category", section.typeName());
      }
    }
    type.addField(FieldSpec.builder(LIST_OF_CATEGORIES, "CATEGORIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of(\n$>$>$L$<$<)", List.class, categories.build())
        .build());
    type.addField(FieldSpec.builder(LIST_OF_ITEMS, "ALL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("allItems()")
        .build());
    type.addField(FieldSpec.builder(MAP_OF_ITEMS, "BY_ID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("itemsById()")
        .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    type.addMethod(MethodSpec.methodBuilder("all")
        .addJavadoc("Every question of the file, in file order. The list is unmodifiable.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(LIST_OF_ITEMS)
        .addStatement("return ALL")
        .build());
    type.addMethod(MethodSpec.methodBuilder("byId")
        .addJavadoc("The question whose {@link $T#id()} is {@code id}, if there is one.\n", QA_ITEM)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(OPTIONAL_ITEM)
        .addParameter(STRING, "id")
        .addStatement("return $T.ofNullable(BY_ID.get(id))", Optional.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("categories")
        .addJavadoc("The categories of the file, in file order. The list is unmodifiable.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(LIST_OF_CATEGORIES)
        .addStatement("return CATEGORIES")
        .build());
    type.addMethod(MethodSpec.methodBuilder("allItems")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(LIST_OF_ITEMS)
        .addStatement("$T<$T> items = new $T<>()", List.class, QA_ITEM, ArrayList.class)
        .beginControlFlow("for ($T category : CATEGORIES)", QA_CATEGORY)
        .addStatement("items.addAll(category.items())")
        .endControlFlow()
        .addStatement("return $T.copyOf(items)", List.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("itemsById")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(MAP_OF_ITEMS)
        .addStatement("$T<$T, $T> items = new $T<>()", Map.class, STRING, QA_ITEM, LinkedHashMap.class)
        .beginControlFlow("for ($T item : ALL)", QA_ITEM)
        .addStatement("items.put(item.id(), item)")
        .endControlFlow()
        .addStatement("return $T.copyOf(items)", Map.class)
        .build());

    for (CatalogLayout.CategoryLayout category : layout.categories()) {
      type.addType(category.split() ? splitCategory(category)
          : categoryEnum(category.category(), category.parts().get(0)));
    }
    return type.build();
  }

  /** A category of up to {@link CatalogLayout#PART_SIZE} questions: one enum that holds its category. */
  private TypeSpec categoryEnum(Category category, CatalogLayout.EnumLayout layout) {
    ClassName name = catalogName.nestedClass(category.typeName());
    TypeSpec.Builder type = TypeSpec.enumBuilder(name).addSuperinterface(QA_ITEM).addModifiers(Modifier.PUBLIC);
    addCategoryJavadoc(type, category);
    addConstants(type, layout);
    type.addField(FieldSpec.builder(QA_CATEGORY, "category", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L, $L, $T.of(values()))", QA_CATEGORY, JavaText.stringExpression(category.title()),
            stringExpressionOrNull(category.description()), List.class)
        .build());
    addTableAndAccessors(type, layout, CodeBlock.of("return category"));
    return type.build();
  }

  /**
   * A category too large for one enum: an interface named after it, with one enum per part. The
   * category object lives in the catalog's list, since an interface cannot hold private state.
   */
  private TypeSpec splitCategory(CatalogLayout.CategoryLayout categoryLayout) {
    Category category = categoryLayout.category();
    ClassName name = catalogName.nestedClass(category.typeName());
    int partCount = categoryLayout.parts().size();
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(QA_ITEM);
    addCategoryJavadoc(type, category);
    type.addJavadoc("\n<p>Its $L questions are split in file order over the enums {@link $L} to\n{@link $L}, $L "
            + "questions each, because one enum cannot hold more than a\nfew thousand constants.\n",
        String.format(Locale.ROOT, "%,d", category.questions().size()), CatalogLayout.CategoryLayout.partName(1),
        CatalogLayout.CategoryLayout.partName(partCount), String.format(Locale.ROOT, "%,d", CatalogLayout.PART_SIZE));

    CodeBlock categoryBody = CodeBlock.of("return $T.categories().get($L)", catalogName, categoryLayout.index());
    int first = 1;
    for (int part = 1; part <= partCount; part++) {
      CatalogLayout.EnumLayout layout = categoryLayout.parts().get(part - 1);
      int size = layout.questions().size();
      // Members of an interface are public and static; JavaPoet wants that said and then leaves it out.
      TypeSpec.Builder partEnum = TypeSpec.enumBuilder(name.nestedClass(CatalogLayout.CategoryLayout.partName(part)))
          .addSuperinterface(name)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC);
      partEnum.addJavadoc("Questions $L to $L of section <i>$L</i>, in file order: part $L of $L.\n",
          String.format(Locale.ROOT, "%,d", first), String.format(Locale.ROOT, "%,d", first + size - 1),
          JavaText.javadoc(category.title()), part, partCount);
      addConstants(partEnum, layout);
      addTableAndAccessors(partEnum, layout, categoryBody);
      type.addType(partEnum.build());
      first += size;
    }
    MethodSpec.Builder items = MethodSpec.methodBuilder("items")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(LIST_OF_ITEMS)
        .addStatement("$T<$T> items = new $T<>($L)", List.class, QA_ITEM, ArrayList.class, category.questions().size());
    for (int part = 1; part <= partCount; part++) {
      items.addStatement("$T.addAll(items, $N.values())", Collections.class, CatalogLayout.CategoryLayout.partName(part));
    }
    type.addMethod(items.addStatement("return items").build());
    return type.build();
  }

  private static void addCategoryJavadoc(TypeSpec.Builder type, Category category) {
    type.addJavadoc("$L\n", JavaText.javadoc(category.title()));
    category.description().ifPresent(d -> type.addJavadoc("\n<p>$L\n", JavaText.javadoc(d)));
  }

  /** One bare constant per question, its question as Javadoc. */
  private static void addConstants(TypeSpec.Builder type, CatalogLayout.EnumLayout layout) {
    for (Question question : layout.questions()) {
      // One part per comment, its line break included: JavaPoet writes each part of a block on
      // its own, twice (once to collect imports), and a constant has nothing else to write. A
      // String, since JavaPoet would copy a StringBuilder into one on each pass; added to the
      // constant's own Javadoc rather than through a code block of its own, which it would copy.
      StringBuilder javadoc = new StringBuilder(question.text().length() + 8);
      JavaText.appendJavadoc(javadoc, question.text());
      appendParaphrasesJavadoc(javadoc, question);
      type.addEnumConstant(question.constantName(), TypeSpec.anonymousClassBuilder(NO_ARGUMENTS)
          .addJavadoc("$L", javadoc.append('\n').toString())
          .build());
    }
  }

  /** The question's paraphrases, if it has some, as a list below its text. */
  private static void appendParaphrasesJavadoc(StringBuilder javadoc, Question question) {
    if (question.paraphrases().isEmpty()) {
      return;
    }
    javadoc.append("\n\n<p>Also asked as:\n<ul>");
    for (Question.Paraphrase paraphrase : question.paraphrases()) {
      JavaText.appendJavadoc(javadoc.append("\n  <li>"), paraphrase.text());
    }
    javadoc.append("\n</ul>");
  }

  /**
   * The arrays of the enum's table, one per column, its static initialiser that reads the table
   * into them, and every accessor of {@code QaItem}.
   */
  private void addTableAndAccessors(TypeSpec.Builder type, CatalogLayout.EnumLayout layout, CodeBlock categoryBody) {
    Table table = layout.table();
    int size = layout.questions().size();
    StringBuilder columns = new StringBuilder();
    StringBuilder names = new StringBuilder();
    for (Table.Column column : table.columns()) {
      TypeName arrayType = column.list() ? ARRAY_OF_STRING_ARRAYS : column.text() ? ARRAY_OF_STRINGS : ARRAY_OF_INTS;
      type.addField(FieldSpec.builder(arrayType, column.field(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(column.list() ? "new $T[$L][]" : "new $T[$L]", column.text() ? STRING : TypeName.INT, size)
          .build());
      if (!columns.isEmpty()) {
        columns.append(", ");
        names.append(column == table.columns().get(table.columns().size() - 1) ? " and " : ", ");
      }
      columns.append(column.field());
      names.append(column.name().toLowerCase(Locale.ROOT));
    }
    type.addStaticBlock(CodeBlock.builder()
        .add("// The $L of each constant, one row each, in constant order: see readTable.\n", names)
        .add("readTable(new $T[] {$L},\n$>$>$L$<$<);\n", Object.class, columns, tableLiterals(table))
        .build());
    boolean storesParaphrases = table.columns().contains(Table.Column.PARAPHRASES);
    type.addMethod(storesParaphrases ? READ_TABLE_WITH_LISTS : READ_TABLE);

    boolean storesIds = table.columns().contains(Table.Column.ID);
    boolean storesAnswers = table.columns().contains(Table.Column.ANSWER);
    type.addMethod(getter("id", STRING, storesIds ? CodeBlock.of("return ids[ordinal()]") : CodeBlock.of("return name()")));
    type.addMethod(getter("number", TypeName.INT, CodeBlock.of("return numbers[ordinal()]")));
    type.addMethod(getter("question", STRING, CodeBlock.of("return questions[ordinal()]")));
    type.addMethod(getter("answer", OPTIONAL_STRING, storesAnswers
        ? CodeBlock.of("return answers[ordinal()].isEmpty() ? $T.empty() : $T.of(answers[ordinal()])",
            Optional.class, Optional.class)
        : CodeBlock.of("return $T.empty()", Optional.class)));
    if (storesParaphrases) {
      // Only an enum with paraphrases overrides QaItem's default, the empty list.
      type.addMethod(getter("paraphrases", LIST_OF_STRINGS, CodeBlock.of("return $T.of(paraphrases[ordinal()])", List.class)));
    }
    type.addMethod(getter("category", QA_CATEGORY, categoryBody));
    type.addMethod(getter("line", TypeName.INT, CodeBlock.of("return lines[ordinal()]")));
  }

  /** The table's chunks, each the literals of its rows joined by {@code +}, one row a line. */
  private static String tableLiterals(Table table) {
    StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, table.chars() + table.chars() / 8 + 64));
    for (List<String> chunk : table.chunks()) {
      if (!out.isEmpty()) {
        out.append(",\n");
      }
      for (int i = 0; i < chunk.size(); i++) {
        if (i > 0) {
          out.append("\n+ ");
        }
        JavaText.appendStringLiteral(out, chunk.get(i));
      }
    }
    return out.toString();
  }

  private static String stringExpressionOrNull(Optional<String> text) {
    return text.map(JavaText::stringExpression).orElse("null");
  }

  private static MethodSpec getter(String name, TypeName returns, CodeBlock body) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement(body)
        .build();
  }
}
