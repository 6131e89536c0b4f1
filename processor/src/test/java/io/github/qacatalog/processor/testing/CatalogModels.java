package io.github.qacatalog.processor.testing;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.model.Answer;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.Question;
import io.github.qacatalog.processor.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Catalogs built directly, without a Markdown file, so that the generator can be given any text at
 * all: lone surrogates, NUL, a line break the Markdown parser would have cut.
 */
public final class CatalogModels {
  public static final String PACKAGE = "com.example";
  public static final String CLASS = "QaCatalog";

  private CatalogModels() {}

  /** A question as the generator sees it: its Java names, number, line and texts. */
  public record QuestionSpec(String constantName, String id, int number, int line, String text, Optional<String> answer,
      List<String> paraphrases) {
    public QuestionSpec(String constantName, String id, int number, int line, String text, Optional<String> answer) {
      this(constantName, id, number, line, text, answer, List.of());
    }

    public static QuestionSpec numbered(int number, String text) {
      return new QuestionSpec("Q" + number, "Q" + number, number, number, text, Optional.empty());
    }
  }

  /** A category: its heading, enum name, description and questions. */
  public record CategorySpec(String title, String typeName, Optional<String> description, List<QuestionSpec> questions) {}

  public static Catalog catalog(List<CategorySpec> categories) {
    List<Section> sections = new ArrayList<>();
    List<Category> built = new ArrayList<>();
    for (CategorySpec spec : categories) {
      List<Question> questions = new ArrayList<>();
      for (QuestionSpec question : spec.questions()) {
        SourcePosition position = new SourcePosition(question.line(), 1);
        Answer answer = question.answer().<Answer>map(text -> text.isEmpty() ? Answer.EMPTY : new Answer.Written(text, position))
            .orElse(Answer.NONE);
        questions.add(new Question(
            question.number() == 0 ? OptionalInt.empty() : OptionalInt.of(question.number()),
            question.text(), position, answer, position, Optional.empty(), question.constantName(), question.id(),
            question.paraphrases().stream().map(text -> new Question.Paraphrase(text, position, position)).toList()));
      }
      Section section = new Section(spec.title(), SourcePosition.START, SourcePosition.START, spec.description(), false);
      sections.add(section);
      built.add(new Category(section, spec.typeName(), questions));
    }
    return new Catalog(PACKAGE, CLASS, "qa/QA.md", false, sections, built);
  }

  /** One category of {@code count} numbered questions whose texts are {@code "Question N?"}. */
  public static CategorySpec numberedCategory(String title, String typeName, int firstNumber, int count) {
    List<QuestionSpec> questions = new ArrayList<>();
    for (int number = firstNumber; number < firstNumber + count; number++) {
      questions.add(QuestionSpec.numbered(number, "Question " + number + "?"));
    }
    return new CategorySpec(title, typeName, Optional.empty(), questions);
  }
}
