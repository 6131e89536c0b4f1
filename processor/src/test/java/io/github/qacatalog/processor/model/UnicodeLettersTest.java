package io.github.qacatalog.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.qacatalog.processor.testing.CompiledFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Names come from Unicode 13.0.0 on every JDK. The suite runs on JDK 17 (Unicode 13.0) and JDK 25
 * (Unicode 16.0); the characters below were added, or gained a case, after 13.0.
 */
class UnicodeLettersTest {
  /** TOTO LETTER PA, added in Unicode 14.0. */
  private static final String TOTO_PA = "\uD838\uDE90";
  /** COMBINING DOUBLE CIRCUMFLEX ABOVE, a mark added in Unicode 14.0. */
  private static final String MARK_OF_14 = "\u1AC1";
  /** LATIN SMALL LETTER LAMBDA WITH STROKE: Unicode 16.0 gave it a capital, U+A7DC. */
  private static final String SMALL_LAMBDA_WITH_STROKE = "\u019B";

  @Test
  void aLetterAddedAfterUnicode13SeparatesWordsOfAHeading() {
    assertThat(JavaNames.typeName("Toto " + TOTO_PA + " Letters")).isEqualTo("TotoLetters");
    assertThat(JavaNames.typeName("Toto" + TOTO_PA + "letters")).isEqualTo("TotoLetters");
  }

  @Test
  void aCapitalAddedAfterUnicode13IsNotUsed() {
    assertThat(JavaNames.typeName(SMALL_LAMBDA_WITH_STROKE + "ambda")).isEqualTo(SMALL_LAMBDA_WITH_STROKE + "ambda");
    assertThat(JavaNames.constantNameOfId("x" + SMALL_LAMBDA_WITH_STROKE)).isEqualTo("X" + SMALL_LAMBDA_WITH_STROKE);
  }

  @Test
  void namesOfUnicode13LettersKeepTheirCases() {
    assertThat(JavaNames.typeName("été ÉCOLE")).isEqualTo("ÉtéÉcole");
    assertThat(JavaNames.typeName("ΟΔΟΣ")).isEqualTo("Οδος");
    assertThat(JavaNames.typeName("ǆemal")).isEqualTo("ǅemal");
    assertThat(JavaNames.constantNameOfId("straße")).isEqualTo("STRASSE");
    assertThat(JavaNames.typeName("質問 集")).isEqualTo("質問集");
  }

  @Test
  void aLetterAddedAfterUnicode13SeparatesWordsOfAnId() {
    assertThat(JavaNames.constantNameOfId("a" + TOTO_PA + "b")).isEqualTo("A_B");
  }

  @Test
  void aMarkAddedAfterUnicode13SeparatesWordsOfAQuestion() {
    assertThat(JavaNames.constantNameOfText("Caf" + MARK_OF_14 + "e rules?")).isEqualTo("CAF_E_RULES");
    assertThat(JavaNames.constantNameOfText("Café rules?")).isEqualTo("CAFE_RULES");
  }

  @Test
  void aHeadingWithALaterLetterCompilesToTheSameNameOnEveryJdk() {
    CompiledFile file = CompiledFile.ofText("## Toto " + TOTO_PA + " Letters\n\n1. Why?\n\n<!-- id: pa" + TOTO_PA + " -->\n2. How?\n");

    assertThat(file.catalog().categories().get(0).typeName()).isEqualTo("TotoLetters");
    assertThat(file.problems()).containsExactly("5:10 invalid-id");
    assertThat(file.diagnostics().get(0).text()).contains("it contains '" + TOTO_PA + "'");
  }

  @Test
  void theTableIsUnicode13AsJdk17HasIt() throws IOException {
    String table;
    try (InputStream in = UnicodeLetters.class.getResourceAsStream(UnicodeLetters.TABLE)) {
      table = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    if (Runtime.version().feature() == 17) {
      assertWithMessage("the table as JDK 17 (Unicode 13.0.0) writes it").that(table)
          .isEqualTo(UnicodeLettersTableGenerator.table());
    }
    // Later versions keep what 13.0.0 made a letter, a digit or a mark.
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (UnicodeLetters.isLetterOrDigit(cp)) {
        assertWithMessage("U+%s", Integer.toHexString(cp)).that(Character.isLetterOrDigit(cp)).isTrue();
        assertWithMessage("U+%s", Integer.toHexString(cp)).that(Character.isJavaIdentifierPart(cp)).isTrue();
      }
      if (UnicodeLetters.isMark(cp)) {
        assertWithMessage("U+%s", Integer.toHexString(cp)).that(Character.getType(cp))
            .isAnyOf((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK,
                (int) Character.ENCLOSING_MARK);
      }
    }
    assertThat(UnicodeLetters.isLetterOrDigit(TOTO_PA.codePointAt(0))).isFalse();
    assertThat(UnicodeLetters.isLetterOrDigit('a')).isTrue();
    assertThat(UnicodeLetters.isLetterOrDigit('_')).isFalse();
  }
}
