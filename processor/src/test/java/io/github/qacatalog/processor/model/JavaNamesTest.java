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
  void headingWithoutLettersGivesAnInvalidNameForTheValidatorToReport() {
    assertThat(JavaNames.typeName("!!!")).isEmpty();
    assertThat(JavaNames.typeName("2024 review")).isEqualTo("2024Review");
  }

  @Test
  void idsBecomeUpperSnakeCase() {
    assertThat(JavaNames.constantNameOfId("lora-bug")).isEqualTo("LORA_BUG");
    assertThat(JavaNames.constantNameOfId("deep.dive_2")).isEqualTo("DEEP_DIVE_2");
  }
}
