package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.parse.ParsedDocument;
import io.github.qacatalog.processor.parse.ParsedQuestion;
import io.github.qacatalog.processor.parse.ParsedSection;
import io.github.qacatalog.processor.parse.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the parser read into the model: names it, and gives each text the position it starts
 * at, so that no later stage needs the parser's types or the source. Sections without questions
 * are prose: they are sections of the catalog, not categories. Names are not checked here; the
 * validator does that, so that it can report every problem at once.
 */
public final class CatalogBuilder {
  private CatalogBuilder() {}

  public static Catalog build(ParsedDocument document, String packageName, String className, String sourceName) {
    SourceFile source = document.source();
    List<Section> sections = new ArrayList<>(document.sections().size());
    List<Category> categories = new ArrayList<>();
    for (ParsedSection parsed : document.sections()) {
      Section section = new Section(parsed.title(), source.positionOf(parsed.titleOffset()), parsed.position(),
          parsed.description(), parsed.blank());
      sections.add(section);
      if (parsed.questions().isEmpty()) {
        continue;
      }
      List<Question> questions = new ArrayList<>(parsed.questions().size());
      for (ParsedQuestion question : parsed.questions()) {
        questions.add(question(question, source));
      }
      categories.add(new Category(section, JavaNames.typeName(section.title()), questions));
    }
    // Only "## " starts a section, so a file with one is not blank, and only a file without needs the scan.
    boolean blank = sections.isEmpty() && source.isBlank();
    return new Catalog(packageName, className, sourceName, blank, sections, categories);
  }

  private static Question question(ParsedQuestion parsed, SourceFile source) {
    Optional<Question.ExplicitId> explicitId = parsed.explicitId()
        .map(id -> new Question.ExplicitId(id.value(), id.position()));
    String constantName;
    String id;
    if (explicitId.isPresent()) {
      id = explicitId.get().value();
      constantName = JavaNames.constantNameOfId(id);
    } else if (parsed.number().isPresent()) {
      id = "Q" + parsed.number().getAsInt();
      constantName = id;
    } else {
      id = JavaNames.constantNameOfText(parsed.text());
      constantName = id;
    }
    return new Question(parsed.number(), parsed.text(), source.positionOf(parsed.textOffset()),
        answer(parsed, source), parsed.position(), explicitId, constantName, id, paraphrases(parsed, source));
  }

  private static List<Question.Paraphrase> paraphrases(ParsedQuestion parsed, SourceFile source) {
    List<Question.Paraphrase> paraphrases = new ArrayList<>(parsed.paraphrases().size());
    for (ParsedQuestion.Paraphrase paraphrase : parsed.paraphrases()) {
      paraphrases.add(new Question.Paraphrase(paraphrase.text(), source.positionOf(paraphrase.textOffset()),
          paraphrase.position()));
    }
    return paraphrases;
  }

  private static Answer answer(ParsedQuestion parsed, SourceFile source) {
    if (parsed.answer().isEmpty()) {
      return Answer.NONE;
    }
    String markdown = parsed.answer().get();
    if (markdown.isEmpty()) {
      return Answer.EMPTY;
    }
    SourcePosition start = source.positionOf(parsed.answerOffset());
    return new Answer.Written(markdown, start);
  }
}
