package io.github.qacatalog.processor.model;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.testing.CompiledFile;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How questions get their constant names and ids, and that the names stay put. */
class QuestionNamesTest {

  @Test
  void explicitIdNamesTheConstantAndIsTheId() {
    CompiledFile file = CompiledFile.ofResource("names/explicit-ids.md");

    assertThat(file.problems()).isEmpty();
    assertThat(file.constantNames())
        .containsExactly("LORA_BUG", "VALUES", "WITHOUT_AN_ID", "CEO", "Q2").inOrder();
    assertThat(file.questions().stream().map(Question::id).toList())
        .containsExactly("lora-bug", "values", "WITHOUT_AN_ID", "ceo", "Q2").inOrder();
    assertThat(file.question(3).number()).hasValue(1);
    assertThat(file.generated()).isTrue();
  }

  @Test
  void unnumberedQuestionIsNamedByItsFirstEightWords() {
    CompiledFile file = CompiledFile.ofText("## Q\n\n**Question:** How did he isolate the LoRA bug in"
        + " the merged layers?\n\n**Answer:** Step by step.\n");

    assertThat(file.constantNames()).containsExactly("HOW_DID_HE_ISOLATE_THE_LORA_BUG_IN");
    assertThat(file.question(0).id()).isEqualTo("HOW_DID_HE_ISOLATE_THE_LORA_BUG_IN");
  }

  @Test
  void derivedNamesSkipMarkupAccentsAndLinkTargets() {
    assertThat(JavaNames.constantNameOfText("Why *this* `code` and [the docs](https://example.com/a-b)?"))
        .isEqualTo("WHY_THIS_CODE_AND_THE_DOCS");
    assertThat(JavaNames.constantNameOfText("Café <b>déjà</b> vu?")).isEqualTo("CAFE_DEJA_VU");
    assertThat(JavaNames.constantNameOfText("2024: what changed?")).isEqualTo("Q_2024_WHAT_CHANGED");
  }

  @Test
  void textWithoutAsciiWordsIsNamedByAHashOfItsText() {
    String name = JavaNames.constantNameOfText("Что изменилось?");

    assertThat(name).matches("Q_[0-9A-F]{8}");
    assertThat(JavaNames.constantNameOfText("Что изменилось?")).isEqualTo(name);
    assertThat(JavaNames.constantNameOfText("Что нового?")).isNotEqualTo(name);
  }

  @Test
  void insertingRemovingAndMovingQuestionsElsewhereKeepsEveryOtherName() {
    Map<String, String> before = textByQualifiedName(CompiledFile.ofResource("names/before.md"));
    Map<String, String> after = textByQualifiedName(CompiledFile.ofResource("names/after-insert-and-remove.md"));

    assertThat(before).containsKey("DeepDive.WHAT_DOES_HE_VALUE");
    assertThat(after).doesNotContainKey("DeepDive.WHAT_DOES_HE_VALUE");
    assertThat(after).containsKey("DeepDive.WHY_DID_HE_START_WITH_TINY_MODELS");
    int kept = 0;
    for (Map.Entry<String, String> name : before.entrySet()) {
      if (after.containsKey(name.getKey())) {
        assertThat(after.get(name.getKey())).isEqualTo(name.getValue());
        kept++;
      }
    }
    assertThat(kept).isEqualTo(before.size() - 1);
  }

  @Test
  void editingAQuestionRenamesItUnlessItHasAnId() {
    CompiledFile edited = CompiledFile.ofText("## Deep Dive\n\n**Question:** How exactly did he isolate the bug?\n\n"
        + "---\n\n<!-- id: tools -->\n**Question:** Which tools come first?\n");

    assertThat(edited.constantNames()).containsExactly("HOW_EXACTLY_DID_HE_ISOLATE_THE_BUG", "TOOLS").inOrder();
  }

  @Test
  void sameIdTwiceFailsAtTheSecondIdInOneCategoryOrAcross() {
    CompiledFile file = CompiledFile.ofText("## A\n\n<!-- id: bug -->\n**Question:** One?\n\n---\n\n"
        + "<!-- id: bug -->\n**Question:** Two?\n\n## B\n\n<!--   id:   bug -->\n1. Three?\n");

    assertThat(file.problems()).containsExactly("8:10 duplicate-id", "13:14 duplicate-id").inOrder();
    assertThat(file.diagnostics().get(0).text()).isEqualTo("id \"bug\" is already used on line 4");
    assertThat(file.generated()).isFalse();
  }

  @Test
  void idsThatGiveTheSameConstantFailAtTheSecondId() {
    CompiledFile file = CompiledFile.ofText("## A\n\n<!-- id: lora-bug -->\n**Question:** One?\n\n---\n\n"
        + "<!-- id: lora_bug -->\n**Question:** Two?\n");

    assertThat(file.problems()).containsExactly("8:10 duplicate-constant");
  }

  @Test
  void sameFirstWordsInOneCategoryFailUntilOneGetsAnId() {
    String twins = "## A\n\n**Question:** What does he value most in a team of engineers?\n\n---\n\n"
        + "**Question:** What does he value most in a team of researchers?\n";

    assertThat(CompiledFile.ofText(twins).problems()).containsExactly("7:1 duplicate-constant");
    assertThat(CompiledFile.ofText(twins.replace("---\n\n", "---\n\n<!-- id: researchers -->\n")).problems())
        .isEmpty();
  }

  @Test
  void sameDerivedIdInTwoCategoriesFails() {
    CompiledFile file = CompiledFile.ofText("## A\n\n**Question:** Why?\n\n## B\n\n**Question:** Why?\n");

    assertThat(file.problems()).containsExactly("7:1 duplicate-id", "7:1 duplicate-text").inOrder();
  }

  @Test
  void idMustBeOneWordThatMakesAJavaName() {
    CompiledFile file = CompiledFile.ofText("## A\n\n<!-- id: lora bug -->\n**Question:** One?\n\n---\n\n"
        + "<!-- id: 2fast -->\n**Question:** Two?\n\n---\n\n<!-- id: -->\n**Question:** Three?\n\n---\n\n"
        + "<!-- id: a/b -->\n**Question:** Four?\n");

    assertThat(file.problems())
        .containsExactly("3:10 invalid-id", "8:10 invalid-id", "13:1 invalid-id", "18:10 invalid-id").inOrder();
    assertThat(file.diagnostics().stream().map(d -> d.text()).toList()).containsExactly(
        "id \"lora bug\" does not become a valid Java constant name (it contains white space)",
        "id \"2fast\" does not become a valid Java constant name (it starts with a digit)",
        "id \"\" does not become a valid Java constant name (it is empty)",
        "id \"a/b\" does not become a valid Java constant name (it contains '/')").inOrder();
  }

  @Test
  void anIdThatNoQuestionFollowsNamesNoQuestionWhateverItHolds() {
    CompiledFile file = CompiledFile.ofText("## A\n\n<!-- id: lora bug -->\n\nSome prose.\n\n**Question:** One?\n");

    assertThat(file.problems()).containsExactly("3:10 id-without-question");
    assertThat(file.constantNames()).containsExactly("ONE");
  }

  private static Map<String, String> textByQualifiedName(CompiledFile file) {
    assertThat(file.problems()).isEmpty();
    Map<String, String> names = new LinkedHashMap<>();
    for (Category category : file.catalog().categories()) {
      for (Question question : category.questions()) {
        names.put(category.typeName() + "." + question.constantName(), question.text());
      }
    }
    return names;
  }
}
