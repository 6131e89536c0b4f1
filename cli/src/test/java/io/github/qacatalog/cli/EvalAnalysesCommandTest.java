package io.github.qacatalog.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.github.qacatalog.cli.EvalCommandTest.GEMINI_KEY;
import static io.github.qacatalog.cli.EvalCommandTest.OPENAI_KEY;
import static io.github.qacatalog.cli.EvalCommandTest.assertNoKey;
import static io.github.qacatalog.cli.EvalCommandTest.csv;

import io.github.qacatalog.cli.FakeProvider.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qacatalog eval} with the evaluation's analyses, against providers on 127.0.0.1: {@code
 * --baseline} (regressions and fixes, GitHub annotations), {@code --grades} and {@code --rubric}
 * (agreement with a judge, calibration), {@code --calibrate} and {@code --thresholds}.
 */
class EvalAnalysesCommandTest {
  @TempDir
  Path dir;

  private Path questions() {
    return QuestionFiles.write(dir, "QA.md", EvalCommandTest.QUESTIONS);
  }

  private Path context() {
    return QuestionFiles.write(dir, "ctx.txt", EvalCommandTest.CONTEXT);
  }

  /** Wrong about the capital now, right about the sky, refuses the launch date. */
  private static Reply changedAnswers(String question) {
    if (question.contains("capital")) {
      return Reply.ok("I like turtles, says " + OPENAI_KEY);
    }
    if (question.contains("sky")) {
      return Reply.ok("The sky is blue on a clear day.");
    }
    return Reply.ok("The information is not available in the context.");
  }

  @Test
  void baselinePrintsEachRegressionAndFixAndGithubFormatAnnotatesThem() throws Exception {
    Path before = dir.resolve("before");
    Path now = dir.resolve("now");
    try (FakeProvider first = FakeProvider.openAi(EvalCommandTest::answers);
        FakeProvider second = FakeProvider.openAi(EvalAnalysesCommandTest::changedAnswers)) {
      Map<String, String> env1 = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", first.baseUrl());
      CommandRun earlier = EvalRun.of(env1, "eval", questions().toString(), "--context", context().toString(),
          "--model", "openai:gpt-test", "--expect", "Out-of-Scope QA=refusal", "--out", before.toString());
      assertThat(earlier.exitCode()).isEqualTo(0);

      Map<String, String> env2 = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", second.baseUrl());
      CommandRun run = EvalRun.of(env2, "eval", questions().toString(), "--context", context().toString(),
          "--model", "openai:gpt-test", "--expect", "Out-of-Scope QA=refusal",
          "--baseline", before.toString(), "--format", "github", "--out", now.toString());

      // A regression is shown, not a failure: only thresholds and failed calls fail a run.
      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(second.requests()).hasSize(3);
      assertThat(run.out()).contains("Against the earlier run " + before);
      assertThat(run.out()).contains("1 regression, 1 fix, 1 unchanged");
      assertThat(run.out()).contains("  regression default/capital (Product Facts): passed 100 % of"
          + " samples before, 0 % now: What is the capital of France?");
      assertThat(run.out()).contains("  fix        default/sky (Product Facts): passed 0 % of samples"
          + " before, 100 % now: What color is the sky on a clear day?");
      List<String> annotations = run.out().lines().filter(l -> l.startsWith("::")).toList();
      assertThat(annotations).containsExactly(
          "::warning title=Regression%3A capital::passed before, fails now: default/capital (Product Facts):"
              + " passed 100 %25 of samples before, 0 %25 now: What is the capital of France?",
          "::notice title=Fixed%3A sky::failed before, passes now: default/sky (Product Facts):"
              + " passed 0 %25 of samples before, 100 %25 now: What color is the sky on a clear day?").inOrder();
      assertThat(csv(now.resolve("regressions.csv")).stream()
          .map(r -> r.get("id") + "=" + r.get("change")).toList())
          .containsExactly("capital=regression", "sky=fix").inOrder();
      assertNoKey(env2, run, now);
    }
  }

  @Test
  void aBaselineThatHoldsNoRunExitsOneBeforeAnyCall() throws Exception {
    try (FakeProvider server = FakeProvider.openAi(EvalCommandTest::answers)) {
      Map<String, String> env = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
      Path absent = dir.resolve("never-ran");
      CommandRun run = EvalRun.of(env, "eval", questions().toString(), "--model", "openai:gpt-test",
          "--baseline", absent.toString(), "--out", dir.resolve("o").toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("error: " + absent + ": no earlier run here (give its output directory,"
          + " its results.csv or its run-log.jsonl)");
      assertThat(run.err()).doesNotContain("Exception");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void handGradesByThePersonsRubricGiveTheJudgesAgreementAndTheCalibration() throws Exception {
    String verdict = "{\"completeness\":\"Full\",\"accuracy\":\"Perfect\",\"conciseness\":\"Concise\","
        + "\"format\":\"Followed\",\"reason\":\"fine\"}";
    Path grades = QuestionFiles.write(dir, "grades.csv", """
        id,completeness,accuracy,conciseness,format,note
        capital, full ,Perfect,Concise,Followed,
        sky,Partial,Minor Error,Concise,Followed,says green
        """);
    Path out = dir.resolve("graded");
    try (FakeProvider model = FakeProvider.gemini(EvalCommandTest::answers);
        FakeProvider judge = FakeProvider.openAi(q -> Reply.ok(verdict))) {
      Map<String, String> env = Map.of("GEMINI_API_KEY", GEMINI_KEY, "GEMINI_BASE_URL", model.baseUrl(),
          "OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", judge.baseUrl());
      CommandRun run = EvalRun.of(env, "eval", questions().toString(), "--context", context().toString(),
          "--model", "gemini:gemini-test", "--judge", "openai:judge-test", "--rubric", "person",
          "--grades", grades.toString(), "--expect", "Out-of-Scope QA=refusal", "--out", out.toString());

      assertThat(run.err()).doesNotContain("error");
      assertThat(run.exitCode()).isEqualTo(0);
      // The judge grades by the person's rubric: its prompt names the person's labels.
      assertThat(judge.requests()).hasSize(2);
      assertThat(judge.requests().get(0).body().toString()).contains("Minor Error");
      assertThat(run.out()).contains("Agreement of the judge with the person's grades");
      assertThat(run.out()).contains("Calibration of each score against the person's passes");
      assertThat(run.out()).contains("too little to tell: 2 graded answers, fewer than 30");
      // Rows without a model column grade the only model; the person's pass is the rubric's.
      List<CSVRecord> rows = csv(out.resolve("results.csv"));
      assertThat(rows.stream().filter(r -> !r.get("person_passed").isEmpty())
          .map(r -> r.get("id") + "=" + r.get("person_passed")).toList())
          .containsExactly("capital=true", "sky=false");
      assertThat(csv(out.resolve("agreement.csv")).stream().map(r -> r.get("criterion")).toList())
          .contains("accuracy");
      assertThat(Files.exists(out.resolve("calibration.csv"))).isTrue();
      assertThat(Files.exists(out.resolve("thresholds.txt"))).isFalse();
      assertNoKey(env, run, out);
    }
  }

  @Test
  void everyBadRowOfTheRecordedFileAndTheGradesIsReportedInOnePassBeforeAnyCall() throws Exception {
    Path recorded = QuestionFiles.write(dir, "recorded.csv", """
        id,response
        capital,Paris.
        nowhere,Somewhere.
        """);
    Path grades = QuestionFiles.write(dir, "grades.csv", """
        id,completeness,accuracy
        capital,Ful,accurate
        sky,full,mostly
        """);
    try (FakeProvider server = FakeProvider.openAi(EvalCommandTest::answers)) {
      Map<String, String> env = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
      CommandRun run = EvalRun.of(env, "eval", questions().toString(), "--model", "openai:gpt-test",
          "--model", "recorded:" + recorded, "--grades", grades.toString(), "--out", dir.resolve("o").toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains(recorded + ":3:1:");
      assertThat(run.err()).contains(grades + ":2:2: unknown label \"Ful\" for completeness; its labels: full, partial, none");
      assertThat(run.err()).contains(grades + ":3:3: unknown label \"mostly\" for accuracy");
      assertThat(run.out()).isEmpty();
      assertThat(server.requests()).isEmpty();

      CommandRun missing = EvalRun.of(env, "eval", questions().toString(), "--model", "openai:gpt-test",
          "--grades", dir.resolve("absent.csv").toString(), "--out", dir.resolve("o").toString());
      assertThat(missing.exitCode()).isEqualTo(1);
      assertThat(missing.err()).contains("error: hand grades " + dir.resolve("absent.csv") + " not found");
      assertThat(server.requests()).isEmpty();
    }
  }

  /** 32 questions: the model answers the even ones as the gold answer, the odd ones with a wrong colour. */
  private Path manyQuestions() {
    String body = IntStream.rangeClosed(1, 32).mapToObj(n -> """
        <!-- id: q%d -->
        **Question:** Which door opens at %d o'clock?

        **Answer:** The blue door opens at %d o'clock.
        """.formatted(n, n, n)).collect(Collectors.joining("\n---\n\n"));
    return QuestionFiles.write(dir, "doors.md", "# Doors\n\n## Doors\n\n" + body);
  }

  private static Reply doorAnswers(String question) {
    int n = Integer.parseInt(question.replaceAll("\\D+", " ").strip());
    return Reply.ok((n % 2 == 0 ? "The blue door" : "The red door") + " opens at " + n + " o'clock.");
  }

  @Test
  void calibrateSetsTheThresholdFromTheGradesAndALaterRunLoadsItWithThresholds() throws Exception {
    StringBuilder grades = new StringBuilder("id,completeness,accuracy,hallucinations,format\n");
    for (int n = 1; n <= 32; n++) {
      grades.append("q").append(n).append(n % 2 == 0 ? ",full,accurate,none,ok\n" : ",full,inaccurate,none,ok\n");
    }
    Path gradesFile = QuestionFiles.write(dir, "door-grades.csv", grades.toString());
    Path calibrated = dir.resolve("calibrated");
    Path later = dir.resolve("later");
    Path plain = dir.resolve("plain");
    try (FakeProvider server = FakeProvider.openAi(EvalAnalysesCommandTest::doorAnswers)) {
      Map<String, String> env = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
      Path file = manyQuestions();

      // By the default threshold, a wrong colour is similar enough to pass.
      CommandRun byDefault = EvalRun.of(env, "eval", file.toString(), "--model", "openai:gpt-test",
          "--out", plain.toString());
      assertThat(byDefault.exitCode()).isEqualTo(0);
      assertThat(passed(plain)).isEqualTo(32);

      CommandRun run = EvalRun.of(env, "eval", file.toString(), "--model", "openai:gpt-test",
          "--grades", gradesFile.toString(), "--calibrate", "--out", calibrated.toString());
      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(run.out()).contains("Calibrated thresholds\ncalibrated: similarity threshold 0.600 -> ");
      assertThat(run.out()).contains("(best agreement with the person on 32 hand-graded answers)");
      assertThat(run.out()).contains("calibrated thresholds: " + calibrated.resolve("thresholds.txt"));
      assertThat(passed(calibrated)).isEqualTo(16);
      String thresholds = Files.readString(calibrated.resolve("thresholds.txt"));
      double similarity = Double.parseDouble(thresholds.lines().filter(l -> l.startsWith("similarity = "))
          .findFirst().orElseThrow().substring("similarity = ".length()));
      assertThat(similarity).isGreaterThan(0.6);

      // An ungraded run with the calibrated thresholds gives the person's verdicts.
      CommandRun again = EvalRun.of(env, "eval", file.toString(), "--model", "openai:gpt-test",
          "--thresholds", calibrated.resolve("thresholds.txt").toString(), "--out", later.toString());
      assertThat(again.exitCode()).isEqualTo(0);
      assertThat(csv(later.resolve("results.csv")).stream().filter(r -> r.get("passed").equals("true"))
          .map(r -> r.get("id")).toList())
          .containsExactlyElementsIn(IntStream.rangeClosed(1, 16).mapToObj(i -> "q" + 2 * i).toList());
      assertThat(server.requests()).hasSize(3 * 32);
      assertNoKey(env, again, later);
    }
  }

  private static long passed(Path out) throws Exception {
    return csv(out.resolve("results.csv")).stream().filter(r -> r.get("passed").equals("true")).count();
  }

  @Test
  void calibrateWithoutGradesIsAUsageErrorAndABadThresholdsFileIsReportedAtItsLines() throws Exception {
    Path bad = QuestionFiles.write(dir, "thresholds.txt", """
        # calibrated
        similarity = high
        token_f1 0.3
        """);
    try (FakeProvider server = FakeProvider.openAi(EvalCommandTest::answers)) {
      Map<String, String> env = Map.of("OPENAI_API_KEY", OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl());
      CommandRun noGrades = EvalRun.of(env, "eval", questions().toString(), "--model", "openai:gpt-test",
          "--calibrate", "--out", dir.resolve("o").toString());
      assertThat(noGrades.exitCode()).isEqualTo(2);
      assertThat(noGrades.err()).contains("error: --calibrate needs the person's grades: add --grades FILE");

      CommandRun badFile = EvalRun.of(env, "eval", questions().toString(), "--model", "openai:gpt-test",
          "--thresholds", bad.toString(), "--out", dir.resolve("o").toString());
      assertThat(badFile.exitCode()).isEqualTo(1);
      assertThat(badFile.err()).contains(bad + ":2: the threshold of similarity is not a number: high");
      assertThat(badFile.err()).contains(bad + ":3: expected 'score = threshold', found: token_f1 0.3");

      CommandRun absent = EvalRun.of(env, "eval", questions().toString(), "--model", "openai:gpt-test",
          "--thresholds", dir.resolve("none.txt").toString(), "--out", dir.resolve("o").toString());
      assertThat(absent.exitCode()).isEqualTo(1);
      assertThat(absent.err()).contains("error: cannot read the thresholds file " + dir.resolve("none.txt") + ": not found");

      CommandRun rubric = EvalRun.of(env, "eval", questions().toString(), "--model", "openai:gpt-test",
          "--rubric", "strict", "--out", dir.resolve("o").toString());
      assertThat(rubric.exitCode()).isEqualTo(2);
      assertThat(rubric.err()).contains("a rubric is default or person, not \"strict\"");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void aThresholdOnQuestionsNoneOfWhichCanBeGradedExitsOneWithAReason() {
    // The file has a gold answer, but not for the one question the recording answers.
    Path file = QuestionFiles.write(dir, "open.md", """
        ## Facts

        <!-- id: one -->
        **Question:** What is one?

        ---

        <!-- id: two -->
        **Question:** What is two?

        **Answer:** Two is one more than one.
        """);
    Path recorded = QuestionFiles.write(dir, "recorded.csv", "question,response\nWhat is one?,One.\n");
    CommandRun run = EvalRun.of(Map.of(), "eval", file.toString(), "--model", "recorded:" + recorded,
        "--threshold", "pass_rate=0.5", "--out", dir.resolve("open-out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: no question asked can be graded, so no threshold can be checked");
    assertThat(run.err()).doesNotContain("Exception");
  }
}
