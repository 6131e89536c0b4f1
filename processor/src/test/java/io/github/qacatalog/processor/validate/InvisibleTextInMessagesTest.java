package io.github.qacatalog.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.testing.CompiledFile;
import org.junit.jupiter.api.Test;

/** A heading or id of characters that print as nothing is quoted with them escaped, not as {@code ""}. */
class InvisibleTextInMessagesTest {

  @Test
  void aZeroWidthHeadingIsQuotedWithItsCharactersEscaped() {
    CompiledFile file = CompiledFile.ofText("## \u200B\u200C\n\n1. Why?\n");

    assertThat(file.problems()).containsExactly("1:1 invalid-type-name");
    assertThat(file.diagnostics().get(0).text()).startsWith("heading \"\\u200B\\u200C\" does not become");
  }

  @Test
  void aDuplicateHeadingThatDiffersOnlyByAnInvisibleCharacterShowsIt() {
    CompiledFile file = CompiledFile.ofText("## Tech\u200B\n\n1. Why?\n\n## Tech\n\n2. How?\n");

    assertThat(file.problems()).containsExactly("5:1 duplicate-type-name");
    assertThat(file.diagnostics().get(0).text()).startsWith("section \"Tech\" becomes the Java name Tech");
    file = CompiledFile.ofText("## Tech\n\n1. Why?\n\n## Tech\u200B\n\n2. How?\n");
    assertThat(file.diagnostics().get(0).text()).startsWith("section \"Tech\\u200B\" becomes the Java name Tech");
  }

  @Test
  void anIdOfInvisibleCharactersIsQuotedWithThemEscaped() {
    CompiledFile file = CompiledFile.ofText("## Tech\n\n<!-- id: \u2060 -->\n\nText.\n\n1. Why?\n");

    assertThat(file.diagnostics().get(0).text()).startsWith("id \"\\u2060\" names no question");
  }
}
