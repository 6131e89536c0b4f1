package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QuestionBuilderTest {
  private static final String TEXT = "**Question:**  Why?\n\n**Answer:** Because.\n\nMore.\n";

  private static QuestionBuilder question() {
    QuestionBuilder question = new QuestionBuilder(OptionalInt.empty(), new SourcePosition(1, 1), null);
    question.questionStart = TEXT.indexOf("  Why");
    question.questionEnd = TEXT.indexOf("\n\n");
    return question;
  }

  @Test
  void textsAreCutOutTrimmedWithTheOffsetsOfTheirFirstCharacters() {
    QuestionBuilder question = question();
    question.startAnswer(TEXT.indexOf(" Because"), TEXT.indexOf("\n\nMore"));

    ParsedQuestion built = question.build(TEXT);

    assertThat(built.text()).isEqualTo("Why?");
    assertThat(built.textOffset()).isEqualTo(TEXT.indexOf("Why"));
    assertThat(built.answer()).hasValue("Because.");
    assertThat(built.answerOffset()).isEqualTo(TEXT.indexOf("Because"));
    assertThat(built.explicitId()).isEmpty();
  }

  @Test
  void extendingRunsTheQuestionOnUntilAnAnswerStartsAndThenTheAnswer() {
    QuestionBuilder question = question();
    question.extendTo(TEXT.indexOf("\n\n**Answer"));
    assertThat(question.hasAnswer()).isFalse();

    question.startAnswer(TEXT.indexOf(" Because"), TEXT.indexOf("\n\nMore"));
    question.extendTo(TEXT.length());

    ParsedQuestion built = question.build(TEXT);
    assertThat(built.text()).isEqualTo("Why?");
    assertThat(built.answer()).hasValue("Because.\n\nMore.");
  }

  @Test
  void withoutAnAnswerThereIsNoneAndNoOffset() {
    ParsedQuestion built = question().build(TEXT);

    assertThat(built.answer()).isEmpty();
    assertThat(built.answerOffset()).isEqualTo(-1);
  }
}
