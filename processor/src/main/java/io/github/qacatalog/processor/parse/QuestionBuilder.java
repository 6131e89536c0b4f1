package io.github.qacatalog.processor.parse;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A question being read; its text and answer are offsets into the source until it is built. */
final class QuestionBuilder {
  final OptionalInt number;
  final SourcePosition position;
  final ParsedQuestion.ExplicitId explicitId;
  int questionStart = -1;
  int questionEnd = -1;
  int answerStart = -1;
  int answerEnd = -1;
  boolean inSection;
  /** Its {@code **Paraphrases:**} list, once the marker is read; null while it has none. */
  ParaphraseList paraphrases;

  QuestionBuilder(OptionalInt number, SourcePosition position, ParsedQuestion.ExplicitId explicitId) {
    this.number = number;
    this.position = position;
    this.explicitId = explicitId;
  }

  boolean hasAnswer() {
    return answerStart >= 0;
  }

  void startAnswer(int start, int end) {
    answerStart = start;
    answerEnd = end;
  }

  /** The question, or its answer once one has started, runs on to {@code end}. */
  void extendTo(int end) {
    if (hasAnswer()) {
      answerEnd = end;
    } else {
      questionEnd = end;
    }
  }

  ParsedQuestion build(String text) {
    // The question's text ends where its paraphrases start, whatever was joined to it after them.
    int questionEnd = paraphrases == null ? this.questionEnd : Math.min(this.questionEnd, paraphrases.markerOffset);
    questionEnd = Math.max(questionEnd, questionStart);
    int textOffset = WhiteSpace.skip(text, questionStart, questionEnd);
    String question = WhiteSpace.stripped(text, questionStart, questionEnd);
    Optional<String> answer = hasAnswer()
        ? Optional.of(WhiteSpace.stripped(text, answerStart, answerEnd))
        : Optional.empty();
    int answerOffset = hasAnswer() ? WhiteSpace.skip(text, answerStart, answerEnd) : -1;
    return new ParsedQuestion(number, question, textOffset, answer, answerOffset, position,
        Optional.ofNullable(explicitId), paraphrases == null ? List.of() : paraphrases.build(text));
  }
}
