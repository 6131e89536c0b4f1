package io.github.qacatalog.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Question;
import io.github.qacatalog.processor.testing.CatalogModels;
import io.github.qacatalog.processor.testing.CatalogModels.CategorySpec;
import io.github.qacatalog.processor.testing.CatalogModels.QuestionSpec;
import io.github.qacatalog.processor.testing.GeneratedCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The table of an enum's questions: rows as documented, only the columns some question needs, and
 * chunks that each fit in one constant of a class file, which the compiled enum reads back into
 * every question's data, whatever the texts hold and wherever a chunk ends.
 */
class TableTest {

  @Test
  void eachRowHoldsTheNumberLineAndQuestionOfItsConstantInOrder() {
    Table table = Table.of(questions(new CategorySpec("S", "S", Optional.empty(), List.of(
        QuestionSpec.numbered(1, "What is your name?"),
        new QuestionSpec("Q2", "Q2", 2, 14, "Who, me?", Optional.empty())))));

    assertThat(table.columns()).containsExactly(Table.Column.NUMBER, Table.Column.LINE, Table.Column.QUESTION).inOrder();
    assertThat(table.chunks()).containsExactly(List.of("1,1,18:What is your name?,", "2,14,8:Who, me?,"));
  }

  @Test
  void idsAndAnswersAreColumnsOnlyWhenAQuestionOfTheEnumNeedsThem() {
    Table table = Table.of(questions(new CategorySpec("S", "S", Optional.empty(), List.of(
        new QuestionSpec("LORA_BUG", "lora-bug", 0, 3, "How?", Optional.of("Step by step.")),
        QuestionSpec.numbered(7, "Why?")))));

    assertThat(table.columns()).containsExactly(Table.Column.NUMBER, Table.Column.LINE, Table.Column.ID,
        Table.Column.QUESTION, Table.Column.ANSWER).inOrder();
    assertThat(table.chunks()).containsExactly(List.of(
        "0,3,8:lora-bug,4:How?,13:Step by step.,", "7,7,2:Q7,4:Why?,0:,"));
  }

  @Test
  void chunksFitInAClassFileConstantAndARowTooLongForOneContinuesInTheNext() {
    // Rows of about 40,000 bytes of modified UTF-8 each: two never fit in one chunk, and the
    // pairs, NULs (2 bytes) and euro signs (3 bytes) fall on every kind of boundary.
    List<QuestionSpec> questions = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String unit = i % 2 == 0 ? "\uD83D\uDE00a" : "\u20AC\u0000b";
      questions.add(QuestionSpec.numbered(i, unit.repeat(13_000 + i)));
    }
    Table table = Table.of(questions(new CategorySpec("S", "S", Optional.empty(), questions)));

    StringBuilder joined = new StringBuilder();
    for (List<String> chunk : table.chunks()) {
      int bytes = 0;
      for (String piece : chunk) {
        for (int i = 0; i < piece.length(); i++) {
          bytes += JavaText.modifiedUtf8Bytes(piece.charAt(i));
        }
        assertWithMessage("a piece that starts inside a surrogate pair")
            .that(Character.isLowSurrogate(piece.charAt(0))).isFalse();
        joined.append(piece);
      }
      assertThat(bytes).isAtMost(JavaText.MAX_LITERAL_BYTES);
    }
    assertThat(table.constants()).isGreaterThan(questions.size() / 2);
    StringBuilder expected = new StringBuilder();
    for (QuestionSpec question : questions) {
      expected.append(question.number()).append(',').append(question.line()).append(',')
          .append(question.text().length()).append(':').append(question.text()).append(',');
    }
    assertThat(joined.toString()).isEqualTo(expected.toString());
  }

  @Test
  void theCompiledEnumReadsEveryFieldBackAcrossChunks() throws Exception {
    List<QuestionSpec> questions = new ArrayList<>();
    String[] units = {"\uD83D\uDE00", "\u0000", "\u20AC", ",", ":", "\"\\", "\uD800", "\uDC00", "12:"};
    for (int i = 0; i < units.length; i++) {
      String text = units[i].repeat(25_000 / units[i].length() + i);
      Optional<String> answer = i % 3 == 0 ? Optional.empty() : Optional.of(units[(i + 1) % units.length].repeat(9_000));
      questions.add(new QuestionSpec("C" + i, i % 2 == 0 ? "C" + i : units[i] + "-id-" + i, i * 1_000_003 % 2_000_000,
          100_000 + i, text, answer));
    }
    questions.add(new QuestionSpec("EMPTY", "EMPTY", 0, 1, "", Optional.of("")));
    Catalog catalog = CatalogModels.catalog(List.of(new CategorySpec("Wide", "Wide", Optional.empty(), questions)));
    assertThat(CatalogLayout.of(catalog).categories().get(0).parts().get(0).table().constants()).isGreaterThan(3);

    GeneratedCatalog compiled = GeneratedCatalog.compile(catalog);
    List<QaItem> all = compiled.all();
    assertThat(all).hasSize(questions.size());
    for (int i = 0; i < questions.size(); i++) {
      QuestionSpec expected = questions.get(i);
      QaItem item = all.get(i);
      assertWithMessage("question %s", i).that(item.question()).isEqualTo(expected.text());
      assertWithMessage("answer %s", i).that(item.answer()).isEqualTo(expected.answer().filter(a -> !a.isEmpty()));
      assertWithMessage("id %s", i).that(item.id()).isEqualTo(expected.id());
      assertWithMessage("number %s", i).that(item.number()).isEqualTo(expected.number());
      assertWithMessage("line %s", i).that(item.line()).isEqualTo(expected.line());
    }
  }

  @Test
  void paraphrasesAreAColumnOfListsOnlyWhenAQuestionOfTheEnumHasSome() {
    List<QuestionSpec> plain = List.of(QuestionSpec.numbered(1, "Why?"));
    assertThat(Table.of(questions(new CategorySpec("S", "S", Optional.empty(), plain))).columns())
        .doesNotContain(Table.Column.PARAPHRASES);

    Table table = Table.of(questions(new CategorySpec("S", "S", Optional.empty(), List.of(
        new QuestionSpec("Q1", "Q1", 1, 1, "Why?", Optional.empty(), List.of("How come?", "2,3:")),
        QuestionSpec.numbered(2, "Who?")))));

    assertThat(table.columns()).containsExactly(Table.Column.NUMBER, Table.Column.LINE, Table.Column.QUESTION,
        Table.Column.PARAPHRASES).inOrder();
    assertThat(table.chunks()).containsExactly(List.of("1,1,4:Why?,2,9:How come?,4:2,3:,", "2,2,4:Who?,0,"));
  }

  @Test
  void paraphrasesLongerThanOneConstantAreReadBackAcrossChunks() throws Exception {
    String[] units = {"\uD83D\uDE00", "\u0000", "\u20AC", ",", ":", "\"\\", "\uD800", "12:"};
    List<QuestionSpec> questions = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      List<String> paraphrases = new ArrayList<>();
      for (int p = 0; p < i % 4; p++) {
        paraphrases.add(units[(i + p) % units.length].repeat(30_000 / units[(i + p) % units.length].length() + p));
      }
      if (i == 5) {
        paraphrases.add("");
      }
      questions.add(new QuestionSpec("C" + i, "C" + i, i + 1, i + 1, "Question " + i, Optional.empty(), paraphrases));
    }
    Catalog catalog = CatalogModels.catalog(List.of(new CategorySpec("Wide", "Wide", Optional.empty(), questions)));
    assertThat(CatalogLayout.of(catalog).categories().get(0).parts().get(0).table().constants()).isGreaterThan(2);

    GeneratedCatalog compiled = GeneratedCatalog.compile(catalog);
    compiled.assertHolds(catalog);
    List<QaItem> all = compiled.all();
    for (int i = 0; i < questions.size(); i++) {
      assertWithMessage("paraphrases %s", i).that(all.get(i).paraphrases())
          .containsExactlyElementsIn(questions.get(i).paraphrases()).inOrder();
    }
    assertThat(all.get(0).paraphrases()).isEmpty();
  }

  @Test
  void anEnumUsedBeforeTheCatalogClassStillGivesItsIdsToTheCatalog() throws Exception {
    // The enum is initialised first; its initialiser must not start the catalog class's, whose
    // index of ids would then read the enum's arrays before they are filled.
    Catalog catalog = CatalogModels.catalog(List.of(new CategorySpec("S", "S", Optional.empty(), List.of(
        new QuestionSpec("LORA_BUG", "lora-bug", 0, 3, "How?", Optional.of("Step by step."))))));
    GeneratedCatalog compiled = GeneratedCatalog.compile(catalog);

    QaItem constant = compiled.constant("S", "LORA_BUG");
    assertThat(constant.id()).isEqualTo("lora-bug");
    assertThat(compiled.byId("lora-bug")).hasValue(constant);
  }

  private static List<Question> questions(CategorySpec category) {
    return CatalogModels.catalog(List.of(category)).categories().get(0).questions();
  }
}
