package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SectionBuilderTest {
  private static final String TEXT = "## A\n\n Intro. \n\nMore.\n\n1. Why?\n\nAfter.\n";

  private static SectionBuilder section() {
    return new SectionBuilder("A", 3, new SourcePosition(1, 1));
  }

  private static QuestionBuilder numbered() {
    QuestionBuilder question = new QuestionBuilder(OptionalInt.of(1), new SourcePosition(7, 1), null);
    question.questionStart = TEXT.indexOf("Why");
    question.questionEnd = TEXT.indexOf("?") + 1;
    return question;
  }

  @Test
  void proseBeforeTheFirstQuestionDescribesTheSection() {
    SectionBuilder section = section();
    section.addProse(TEXT.indexOf(" Intro"), TEXT.indexOf(" \n\nMore"));
    section.addProse(TEXT.indexOf("More"), TEXT.indexOf("\n\n1."));
    QuestionBuilder question = numbered();
    section.add(question);
    section.addProse(TEXT.indexOf("After"), TEXT.length());

    ParsedSection built = section.build(TEXT);

    assertThat(built.description()).hasValue("Intro. \n\nMore.");
    assertThat(built.questions().stream().map(ParsedQuestion::text).toList()).containsExactly("Why?");
    assertThat(question.inSection).isTrue();
    assertThat(built.blank()).isFalse();
    assertThat(built.title()).isEqualTo("A");
  }

  @Test
  void aSectionWithNothingIsBlankAndOneOfWhiteSpaceHasNoDescription() {
    assertThat(section().build(TEXT).blank()).isTrue();

    SectionBuilder white = section();
    white.addProse(4, 6);
    ParsedSection built = white.build(TEXT);
    assertThat(built.blank()).isFalse();
    assertThat(built.description()).isEmpty();
  }
}
