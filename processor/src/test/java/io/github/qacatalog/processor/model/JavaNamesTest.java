package io.github.qacatalog.processor.model;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void headingsBecomeUpperCamelCaseWords() {
    assertThat(JavaNames.typeName("Context-Aware QA")).isEqualTo("ContextAwareQa");
    assertThat(JavaNames.typeName("Cold Chat QA")).isEqualTo("ColdChatQa");
    assertThat(JavaNames.typeName("Out-of-Scope QA")).isEqualTo("OutOfScopeQa");
    assertThat(JavaNames.typeName("  deep   dive: part 2 ")).isEqualTo("DeepDivePart2");
  }

  @Test
  void apostrophesJoinWords() {
    assertThat(JavaNames.typeName("Vishal's Work")).isEqualTo("VishalsWork");
    assertThat(JavaNames.typeName("Vishal\u2019s Work")).isEqualTo("VishalsWork");
  }

  @Test
  void lettersOfAnyScriptAreKept() {
    assertThat(JavaNames.typeName("café questions")).isEqualTo("CaféQuestions");
    assertThat(JavaNames.typeName("вопросы")).isEqualTo("Вопросы");
  }

  @Test
  void headingWithoutLettersOrDigitsGivesAnInvalidNameForTheValidatorToReport() {
    assertThat(JavaNames.typeName("!!!")).isEmpty();
    assertThat(JavaNames.typeName("\uD83D\uDE80")).isEmpty();
  }

  @Test
  void headingThatStartsWithADigitGetsQUnderscoreAsAQuestionConstantDoes() {
    assertThat(JavaNames.typeName("2024 review")).isEqualTo("Q_2024Review");
    assertThat(JavaNames.typeName("3 Questions, 1 Answer")).isEqualTo("Q_3Questions1Answer");
    assertThat(JavaNames.typeName("\u0663 \u0623\u0633\u0626\u0644\u0629")).isEqualTo("Q_\u0663\u0623\u0633\u0626\u0644\u0629");
    assertThat(JavaNames.typeName("Q2024 review")).isEqualTo("Q2024Review");
    assertThat(JavaNames.constantNameOfText("2024: what changed?")).isEqualTo("Q_2024_WHAT_CHANGED");
  }

  @Test
  void idsBecomeUpperSnakeCase() {
    assertThat(JavaNames.constantNameOfId("lora-bug")).isEqualTo("LORA_BUG");
    assertThat(JavaNames.constantNameOfId("deep.dive_2")).isEqualTo("DEEP_DIVE_2");
  }
}
