package io.github.qacatalog.eval.recorded.graded;

import io.github.qacatalog.eval.recorded.GradeKey;
import io.github.qacatalog.eval.recorded.HandGrade;
import io.github.qacatalog.eval.recorded.HandGrades;
import io.github.qacatalog.eval.recorded.RecordedAndGraded;
import io.github.qacatalog.eval.recorded.RecordedReader;
import io.github.qacatalog.eval.recorded.RecordedResponse;
import io.github.qacatalog.eval.scorer.SemanticSimilarity;
import io.github.qacatalog.eval.scorer.TokenF1;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The graded set read with the recorded reader, each response with the person's pass and its
 * scores against the gold answer.
 */
final class GradedSet {
  /** The file, from the test class path. */
  static final String RESOURCE = "graded/graded-responses.csv";

  /**
   * The person's rubric of issue 18. A pass needs {@code Full} and {@code Perfect}; conciseness and
   * format are graded but do not decide (a verbose correct answer passes), as the person's own
   * count of passes ("Full" and "Perfect") did.
   */
  static final Rubric PERSON = Rubric.of("person",
      Criterion.of("completeness", "Full", "Partial"),
      Criterion.of("accuracy", "Perfect", "Minor Error"),
      Criterion.of("conciseness", "Concise", "Verbose").passingDownTo("Verbose"),
      Criterion.of("format", "Followed", "Ignored").passingDownTo("Ignored"));

  /** One graded response and its scores. */
  record Row(RecordedResponse response, HandGrade grade, boolean passed, double similarity,
      double tokenF1) {}

  private GradedSet() {}

  /** Whether the row's question is one the context answers (not one of "Beyond the Context"). */
  static boolean expectsAnAnswer(Row row) {
    return !row.response().item().category().title().equals("Beyond the Context");
  }

  static Path file() {
    try {
      return Path.of(GradedSet.class.getClassLoader().getResource(RESOURCE).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static RecordedAndGraded read() {
    return RecordedReader.of(GradedCatalog.all()).responsesAndGrades(file(), file(), PERSON);
  }

  /** Every response, graded and scored, in the file's order. */
  static List<Row> scored() {
    RecordedAndGraded set = read();
    HandGrades grades = set.grades();
    SemanticSimilarity similarity = SemanticSimilarity.miniLm();
    List<Row> rows = new ArrayList<>();
    for (RecordedResponse r : set.responses().all()) {
      HandGrade grade = grades.get(new GradeKey(r.model(), r.item().id(), r.wording().text(),
          GradeKey.DEFAULT_VARIANT, r.sample())).orElseThrow();
      boolean passed = grades.passed(grade).orElseThrow();
      String gold = r.item().answer().orElseThrow();
      rows.add(new Row(r, grade, passed, similarity.score(r.response(), gold),
          TokenF1.score(r.response(), gold)));
    }
    return rows;
  }
}
