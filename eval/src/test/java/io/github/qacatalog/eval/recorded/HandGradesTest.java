package io.github.qacatalog.eval.recorded;

import static com.google.common.truth.Truth.assertThat;
import static io.github.qacatalog.eval.recorded.Files.crlf;
import static io.github.qacatalog.eval.recorded.Files.write;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandGradesTest {
  /** The person's rubric of issue 18: only completeness and accuracy decide a pass. */
  static final Rubric PERSON = Rubric.of("person",
      Criterion.of("completeness", "Full", "Partial"),
      Criterion.of("accuracy", "Perfect", "Minor Error"),
      Criterion.of("conciseness", "Concise", "Verbose").passingDownTo("Verbose"),
      Criterion.of("format", "Followed", "Ignored").passingDownTo("Ignored"));

  @TempDir Path dir;

  private final RecordedReader reader = RecordedReader.of(QaCatalog.all());

  @Test
  void labelsMatchIgnoringCaseAndSpaceAndABlankCellIsNotGraded() {
    Path csv = write(dir.resolve("g.csv"), crlf(
        "id,model,completeness,accuracy,conciseness,format,note",
        "colour,claude,  full ,PERFECT,concise,followed,",
        "weight,claude,Full,,Verbose,,made up a unit",
        "warranty,claude,,,,,"));

    HandGrades grades = reader.grades(csv, PERSON);

    HandGrade colour = grades.get("claude", ProductFacts.COLOUR).orElseThrow();
    assertThat(colour.labels()).containsExactly("completeness", "Full", "accuracy", "Perfect",
        "conciseness", "Concise", "format", "Followed");
    assertThat(grades.passed(colour)).hasValue(true);
    HandGrade weight = grades.get("claude", ProductFacts.WEIGHT).orElseThrow();
    assertThat(weight.labels()).containsExactly("completeness", "Full", "conciseness", "Verbose");
    assertThat(weight.note()).isEqualTo("made up a unit");
    assertThat(grades.passed(weight)).isEmpty(); // accuracy not graded: cannot tell
    HandGrade warranty = grades.get("claude", ProductFacts.WARRANTY).orElseThrow();
    assertThat(warranty.isGraded()).isFalse();
    assertThat(grades.passed(warranty)).isEmpty();
    assertThat(grades.graded()).containsExactly(colour, weight).inOrder();
    assertThat(colour.source()).isEqualTo(csv + ":2");
  }

  @Test
  void theRubricDecidesThePassAndAFailingLabelDecidesEvenWhenOthersAreBlank() {
    Path csv = write(dir.resolve("g.csv"), crlf(
        "id,completeness,accuracy,conciseness,format",
        "colour,Full,Perfect,Verbose,Ignored",   // verbose and ignored pass under this rubric
        "weight,Full,Minor Error,Concise,Followed",
        "maker,Partial,,,"));

    HandGrades grades = reader.grades(csv, PERSON);

    assertThat(pass(grades, ProductFacts.COLOUR)).hasValue(true);
    assertThat(pass(grades, ProductFacts.WEIGHT)).hasValue(false);
    assertThat(pass(grades, ProductFacts.MAKER)).hasValue(false);
    HandGrades strict = reader.grades(csv, Rubric.of("strict",
        Criterion.of("completeness", "Full", "Partial"), Criterion.of("accuracy", "Perfect", "Minor Error"),
        Criterion.of("conciseness", "Concise", "Verbose"), Criterion.of("format", "Followed", "Ignored")));
    assertThat(pass(strict, ProductFacts.COLOUR)).hasValue(false);
    HandGrades scored = reader.grades(csv, PERSON.passingAtScore(0.7));
    assertThat(pass(scored, ProductFacts.WEIGHT)).hasValue(true); // (1 + 0 + 1 + 1) / 4 = 0.75
    assertThat(pass(scored, ProductFacts.MAKER)).isEmpty(); // a score needs every criterion here
  }

  private static Optional<Boolean> pass(HandGrades grades, io.github.qacatalog.QaItem item) {
    return grades.passed(grades.get(RecordedReader.DEFAULT_MODEL, item).orElseThrow());
  }

  @Test
  void anUnknownLabelIsAnErrorAtItsCellNamingTheCriterionAndItsLabels() {
    Path csv = write(dir.resolve("g.csv"), crlf(
        "id,completeness,accuracy,note",
        "colour,Full,Mostly right,",
        "weight,Complete,Perfect,",
        "wheels,Full,Perfect,"));

    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.grades(csv, PERSON));

    assertThat(e.problems()).containsExactly(
        csv + ":2:3: unknown label \"Mostly right\" for accuracy; its labels: Perfect, Minor Error",
        csv + ":3:2: unknown label \"Complete\" for completeness; its labels: Full, Partial",
        csv + ":4:1: no question has the id wheels").inOrder();
  }

  @Test
  void aFileWithNoCriterionColumnIsAnError() {
    Path csv = write(dir.resolve("g.csv"), crlf("id,grade", "colour,A"));

    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.grades(csv, PERSON));

    assertThat(e.problems()).containsExactly(csv + ":1:1: no column for any criterion of the rubric"
        + " person (completeness, accuracy, conciseness, format) (the columns: id, grade)");
  }

  @Test
  void theReviewPagesGradesFileIsReadAsItIsAndItsLastRowForAKeyWins() {
    Path csv = write(dir.resolve("grades.csv"), crlf(
        "id,model,variant,sample,question,completeness,accuracy,conciseness,format,note,graded_at",
        "colour,claude,default,1,What colour is the Acme widget?,Partial,Perfect,Concise,Followed,,2026-12-02T10:00:00Z",
        "colour,claude,default,2,What colour is the Acme widget?,Full,Perfect,Concise,Followed,,2026-12-02T10:00:05Z",
        "weight,claude,default,1,How much does the Acme widget weigh?,Full,Perfect,Concise,Followed,,2026-12-02T10:00:09Z",
        "colour,claude,default,1,What colour is the Acme widget?,Full,Minor Error,Concise,Followed,says navy,2026-12-02T10:01:00Z",
        "colour,claude,terse,1,What colour is the Acme widget?,Full,Perfect,Concise,Followed,,2026-12-02T10:02:00Z"));

    HandGrades grades = reader.grades(csv, PERSON);

    assertThat(grades.size()).isEqualTo(4);
    HandGrade first = grades.get("claude", ProductFacts.COLOUR).orElseThrow();
    assertThat(first.labels()).containsEntry("accuracy", "Minor Error");
    assertThat(first.note()).isEqualTo("says navy");
    assertThat(first.source()).isEqualTo(csv + ":5");
    assertThat(grades.get(new GradeKey("claude", "colour", "What colour is the Acme widget?", "default", 2))
        .orElseThrow().labels()).containsEntry("completeness", "Full");
    assertThat(grades.get(new GradeKey("claude", "colour", "What colour is the Acme widget?", "terse", 1)))
        .isPresent();
    assertThat(grades.all().stream().map(g -> g.source()).toList()).containsExactly(
        csv + ":3", csv + ":4", csv + ":5", csv + ":6").inOrder();
  }

  @Test
  void aSampleThatIsNoWholeNumberIsAnError() {
    Path csv = write(dir.resolve("g.csv"), crlf("id,sample,completeness", "colour,first,Full", "weight,0,Full"));

    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.grades(csv, PERSON));

    assertThat(e.problems()).containsExactly(
        csv + ":2:2: the sample is a whole number from 1: first",
        csv + ":3:2: the sample is a whole number from 1: 0").inOrder();
  }

  @Test
  void responsesAndGradesFromOneFileReportTheProblemsOfBothOnceInOnePass() {
    Path csv = write(dir.resolve("sheet.csv"), crlf(
        "question,model,response,completeness,accuracy,note",
        "What colour is the Acme widget?,claude,Blue.,Full,Perfect,",
        "What is the colour of the moon?,claude,Grey.,Full,Perfect,",
        "How much does the Acme widget weigh?,claude,,Full,Perfect,",
        "Who makes the Acme widget?,claude,Acme Inc.,Full,Wrong,invented Inc."));

    RecordedInputException e = assertThrows(RecordedInputException.class,
        () -> reader.responsesAndGrades(csv, csv, PERSON));

    assertThat(e.problems()).hasSize(3);
    assertThat(e.problems().get(0)).startsWith(csv + ":3:1: the question \"What is the colour of the moon?\"");
    assertThat(e.problems().get(1)).isEqualTo(csv + ":4:3: no response to weight in column response");
    assertThat(e.problems().get(2)).isEqualTo(
        csv + ":5:5: unknown label \"Wrong\" for accuracy; its labels: Perfect, Minor Error");
  }

  @Test
  void responsesAndGradesFromTwoFilesWithParaphrases() {
    Map<io.github.qacatalog.QaItem, List<String>> paraphrases =
        Map.of(ProductFacts.COLOUR, List.of("Which colour does the Acme widget have?"));
    RecordedReader withParaphrases = reader.withParaphrases(i -> paraphrases.getOrDefault(i, List.of()));
    Path responses = write(dir.resolve("responses.jsonl"),
        "{\"question\": \"Which colour does the Acme widget have?\", \"model\": \"m\", \"response\": \"Blue.\"}\n");
    Path grades = write(dir.resolve("grades.csv"), crlf(
        "id,model,question,completeness,accuracy", "colour,m,which colour does the acme widget have,Full,Perfect"));

    RecordedAndGraded both = withParaphrases.responsesAndGrades(responses, grades, PERSON);

    RecordedResponse r = both.responses().all().get(0);
    HandGrade g = both.grades().get("m", ProductFacts.COLOUR, r.wording().text()).orElseThrow();
    assertThat(g.key().wording()).isEqualTo("Which colour does the Acme widget have?");
    assertThat(both.grades().passed(g)).isEmpty(); // conciseness and format not graded, none failing
    assertThat(both.grades().get("m", ProductFacts.COLOUR)).isEmpty(); // as written: not graded
  }
}
