package io.github.qacatalog.eval.scorer;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenF1Test {
  @Test
  void identicalTextsScoreOne() {
    assertThat(TokenF1.score("Nothing but the JDK.", "Nothing but the JDK.")).isEqualTo(1.0);
  }

  @Test
  void disjointTextsScoreZero() {
    assertThat(TokenF1.score("compile time", "Satya Nadella")).isEqualTo(0.0);
  }

  @Test
  void balancesPrecisionAndRecall() {
    // candidate: nothing but jdk (3 words); expected: nothing but jdk runtime (4 words); 3 shared.
    double precision = 3.0 / 3;
    double recall = 3.0 / 4;
    assertThat(TokenF1.score("Nothing but the JDK", "Nothing but the JDK runtime"))
        .isWithin(1e-12)
        .of(2 * precision * recall / (precision + recall));
  }

  @Test
  void countsRepeatedWordsOnlyAsOftenAsExpected() {
    // candidate: jdk jdk jdk; expected: jdk: 1 shared, precision 1/3, recall 1.
    assertThat(TokenF1.score("JDK JDK JDK", "JDK")).isWithin(1e-12).of(0.5);
  }

  @Test
  void isSymmetric() {
    String a = "It depends on nothing but the JDK.";
    String b = "Nothing but the JDK: the annotation and two interfaces.";
    assertThat(TokenF1.score(a, b)).isWithin(1e-12).of(TokenF1.score(b, a));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Case, punctuation and articles do not count, as in SQuAD.
        "The JDK.|jdk|1.0",
        "An annotation processor!|annotation processor|1.0",
        "A, an, the: compile-time|compile time|1.0",
        // Apostrophes inside words are dropped, as in SQuAD.
        "don't|dont|1.0",
        "It\u2019s generated|its generated|1.0",
        // Other punctuation separates words, unlike SQuAD, which would glue qaitemanswer.
        "QaItem.answer()|qaitem answer|1.0",
        // Compatibility forms and letters of any script.
        "\uFF2A\uFF24\uFF2B|JDK|1.0",
        "Größe überprüfen|größe ÜBERPRÜFEN|1.0",
      })
  void normalisesLikeSquad(String candidate, String expected, double score) {
    assertThat(TokenF1.score(candidate, expected)).isWithin(1e-12).of(score);
  }

  @Test
  void textsWithoutWordsScoreOneOnlyAgainstEachOther() {
    assertThat(TokenF1.score("", "")).isEqualTo(1.0);
    assertThat(TokenF1.score("the", "...")).isEqualTo(1.0);
    assertThat(TokenF1.score("", "JDK")).isEqualTo(0.0);
    assertThat(TokenF1.score("JDK", "   ")).isEqualTo(0.0);
  }

  @Test
  void tokensAreTheNormalisedWords() {
    assertThat(TokenF1.tokens("The `QaItem` interface doesn't need a JDK-17 feature."))
        .containsExactly("qaitem", "interface", "doesnt", "need", "jdk", "17", "feature")
        .inOrder();
    assertThat(TokenF1.tokens("")).isEqualTo(List.of());
  }

  @Test
  void aParaphraseScoresAboveAnUnrelatedAnswer() {
    String gold = "By the first eight words of its text, in upper case and joined by underscores.";
    assertThat(TokenF1.score("From its first eight words, upper-cased, joined with underscores.", gold))
        .isGreaterThan(TokenF1.score("It is read from the file at run time.", gold));
  }
}
