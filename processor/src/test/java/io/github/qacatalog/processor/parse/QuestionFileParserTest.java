package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.testing.SeedFile;
import io.github.qacatalog.processor.testing.TestFiles;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuestionFileParserTest {

  private static ParsedDocument parse(String markdown) {
    return QuestionFileParser.parse(SourceFile.of(markdown), new Diagnostics());
  }

  @Test
  void seedHasAProseSectionAndThreeSectionsOfQuestions() {
    ParsedDocument document = parse(TestFiles.text(SeedFile.RESOURCE));

    assertThat(document.sections().stream().map(ParsedSection::title).toList())
        .containsExactly("Background", "Context-Aware QA", "Cold Chat QA", "Out-of-Scope QA").inOrder();
    assertThat(document.sections().stream().map(s -> s.questions().size()).toList())
        .containsExactly(0, 13, 15, 11).inOrder();
  }

  @Test
  void everyNumberedLineOfTheSeedIsAQuestionWithItsTextNumberAndLine() {
    List<ParsedQuestion> questions = parse(TestFiles.text(SeedFile.RESOURCE)).questions();
    List<SeedFile.Line> expected = SeedFile.numberedLines();

    assertThat(questions).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      ParsedQuestion question = questions.get(i);
      assertThat(question.number().getAsInt()).isEqualTo(expected.get(i).number());
      assertThat(question.text()).isEqualTo(expected.get(i).text());
      assertThat(question.position().line()).isEqualTo(expected.get(i).line());
      assertThat(question.position().column()).isEqualTo(1);
      assertThat(question.answer()).isEmpty();
    }
  }

  @Test
  void seedNumbersRunFromOneToFortyWithoutTwentyNine() {
    List<Integer> numbers = parse(TestFiles.text(SeedFile.RESOURCE)).questions().stream()
        .map(q -> q.number().getAsInt()).toList();

    assertThat(numbers).containsExactlyElementsIn(
        IntStream.rangeClosed(1, 40).filter(n -> n != 29).boxed().toList()).inOrder();
  }

  @Test
  void textOffsetPointsAtTheFirstCharacterOfTheText() {
    ParsedDocument document = parse("## Q\n\n4.   Why?\n");
    ParsedQuestion question = document.questions().get(0);

    assertThat(document.source().positionOf(question.textOffset()).column()).isEqualTo(6);
    assertThat(question.text()).isEqualTo("Why?");
  }

  @Test
  void multiLineItemKeepsItsLinesAsWritten() {
    ParsedQuestion question = parse("## Q\n\n1. First line\n   second line\n2. Next\n").questions().get(0);

    assertThat(question.text()).isEqualTo("First line\n   second line");
  }

  @Test
  void crlfAndByteOrderMarkDoNotChangeTextsOrLines() {
    ParsedDocument unix = parse("## Q\n\n1. One?\n2. Two?\n");
    ParsedDocument windows = parse("\uFEFF## Q\r\n\r\n1. One?\r\n2. Two?\r\n");

    assertThat(windows.questions()).isEqualTo(unix.questions());
    assertThat(windows.sections().get(0).title()).isEqualTo("Q");
  }

  @Test
  void headingTitleDropsMarkerAndClosingHashes() {
    assertThat(parse("##   Deep Dive ##\n\n1. Why?\n").sections().get(0).title()).isEqualTo("Deep Dive");
  }

  @Test
  void textBeforeTheFirstHeadingIsNoSection() {
    ParsedDocument document = parse("# Title\n\n> a quote\n\nIntro.\n\n## Only\n\n1. Why?\n");

    assertThat(document.sections()).hasSize(1);
    assertThat(document.sections().get(0).title()).isEqualTo("Only");
  }

  @Test
  void paragraphsBeforeTheFirstQuestionDescribeTheSection() {
    ParsedSection section = parse("## Deep\n\nWhat this is.\n\nMore.\n\n1. Why?\n\nAfter.\n").sections().get(0);

    assertThat(section.description()).hasValue("What this is.\n\nMore.");
  }
}
