package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.parse.ParsedDocument;
import io.github.qacatalog.processor.parse.ParsedQuestion;
import io.github.qacatalog.processor.parse.ParsedSection;
import java.util.ArrayList;
import java.util.List;

/**
 * Names what the parser read. Sections without questions are prose and are left out. Names are
 * not checked here; the validator does that, so that it can report every problem at once.
 */
public final class CatalogBuilder {
  private CatalogBuilder() {}

  public static Catalog build(ParsedDocument document, String packageName, String className, String sourceName) {
    List<Category> categories = new ArrayList<>();
    for (ParsedSection section : document.sections()) {
      if (section.questions().isEmpty()) {
        continue;
      }
      List<Question> questions = section.questions().stream().map(CatalogBuilder::name).toList();
      categories.add(new Category(section, JavaNames.typeName(section.title()), questions));
    }
    return new Catalog(packageName, className, sourceName, categories);
  }

  private static Question name(ParsedQuestion question) {
    if (question.explicitId().isPresent()) {
      String id = question.explicitId().get().value();
      return new Question(question, JavaNames.constantNameOfId(id), id);
    }
    if (question.number().isPresent()) {
      String name = "Q" + question.number().getAsInt();
      return new Question(question, name, name);
    }
    String name = JavaNames.constantNameOfText(question.text());
    return new Question(question, name, name);
  }
}
