package io.github.qacatalog.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.Severity;
import io.github.qacatalog.processor.testing.CompiledFile;
import org.junit.jupiter.api.Test;

/** A question without an answer, in a file where other questions have answers. */
class EmptyAnswerWarningsTest {

  @Test
  void emptyAnswerWarnsWhenOtherQuestionsHaveAnswers() {
    CompiledFile file = CompiledFile.ofResource("warnings/empty-answer.md");

    assertThat(file.problems()).containsExactly("9:1 empty-answer", "15:1 empty-answer").inOrder();
    assertThat(file.diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(file.generated()).isTrue();
  }

  @Test
  void noAnswerWarnsNothingWhenNoQuestionHasOne() {
    assertThat(CompiledFile.ofResource("warnings/no-answers-anywhere.md").problems()).isEmpty();
  }
}
