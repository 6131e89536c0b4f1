package io.github.qacatalog.eval.recorded.graded;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.recorded.HandGrade;
import io.github.qacatalog.eval.recorded.HandGrades;
import io.github.qacatalog.eval.recorded.RecordedAndGraded;
import io.github.qacatalog.eval.recorded.RecordedReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example's recorded responses ({@code example/src/main/resources/recorded/}) read against the
 * deep-dive questions, which the graded catalog holds as copied: the example's file stays readable.
 */
class ExampleResponsesTest {
  static final Path FILE = Path.of(System.getProperty("basedir", "."))
      .resolve("../example/src/main/resources/recorded/deep-dive-responses.csv").normalize();

  @Test
  void theExamplesFileIsReadWithoutProblemsAndHoldsWhatItsDocsSay() {
    List<QaItem> deepDive = GradedCatalog.all().stream()
        .filter(i -> !i.category().title().equals("Evaluation Deep Dive"))
        .map(QaItem.class::cast)
        .toList();
    RecordedAndGraded example =
        RecordedReader.of(deepDive).responsesAndGrades(FILE, FILE, GradedSet.PERSON);

    assertThat(example.responses().size()).isEqualTo(32);
    assertThat(example.responses().models()).containsExactly("claude-chat", "gemini-chat").inOrder();
    assertThat(example.responses().items("claude-chat")).hasSize(12);
    assertThat(example.responses().all().stream().filter(r -> !r.wording().isAsWritten()).count())
        .isEqualTo(8);
    HandGrades grades = example.grades();
    assertThat(grades.graded()).hasSize(27);
    List<Optional<Boolean>> passes = grades.graded().stream().map(grades::passed).toList();
    assertThat(passes.stream().filter(p -> p.orElseThrow()).count()).isEqualTo(21);
    HandGrade licence = grades.all().stream()
        .filter(g -> g.key().model().equals("gemini-chat") && g.key().itemId().equals("licence"))
        .findFirst().orElseThrow();
    assertThat(licence.note()).contains("hallucination");
  }
}
