package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.internal.Redactor;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run in another JVM is killed midway; the next run loses no answer and duplicates none. */
class ResumeAfterKillTest {
  private static final int CALLS_BEFORE_HANG = 4; // the first fails, three are answered
  @TempDir Path dir;

  @Test
  void aKilledRunResumesWhereItStopped() throws Exception {
    Path log = dir.resolve("run-log.jsonl");
    String key = "k3y-" + UUID.randomUUID(); // no known key shape: only the environment names it
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, KillableRun.class.getName(), log.toString(), Integer.toString(CALLS_BEFORE_HANG))
        .redirectOutput(dir.resolve("child.out").toFile())
        .redirectError(dir.resolve("child.err").toFile());
    builder.environment().put("OPENAI_API_KEY", key);
    Process child = builder.start();
    try {
      // Wait (up to a generous bound, so that a broken child fails the test instead of hanging it)
      // until the child has logged one failure and three answers and hangs on the next calls.
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (completeLines(log) < CALLS_BEFORE_HANG) {
        assertWithMessage("child ended early: %s", read(dir.resolve("child.err"))).that(child.isAlive()).isTrue();
        assertWithMessage("child logged too little: %s", read(dir.resolve("child.err")))
            .that(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(50);
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    List<RunRecord> beforeResume = RunLog.read(log);
    assertThat(beforeResume).hasSize(CALLS_BEFORE_HANG);
    assertThat(beforeResume.stream().filter(RunRecord::isAnswer).count()).isEqualTo(3);

    Fakes.OracleModel model = new Fakes.OracleModel();
    Fakes.Output output = new Fakes.Output();
    RunResult result = Fakes.evaluation(model, log, output).items(QaCatalog.all()).build().run();

    assertThat(model.calls.get()).isEqualTo(5); // the failed one and the four never asked
    assertThat(output.lastLine()).isEqualTo("answers: 5 from the model, 3 from the log, 0 failed, of 8 questions; 5 calls to the model");
    assertThat(result.errors()).isEqualTo(0);
    List<RunRecord> records = RunLog.read(log);
    Map<String, Long> answersPerId = records.stream().filter(RunRecord::isAnswer)
        .collect(Collectors.groupingBy(RunRecord::id, Collectors.counting()));
    assertThat(answersPerId).hasSize(8);
    assertThat(answersPerId.values().stream().distinct().toList()).containsExactly(1L);
    // The child's failure is logged, with the key from its environment masked.
    RunRecord failure = records.stream().filter(r -> !r.isAnswer()).findFirst().orElseThrow();
    assertThat(failure.error()).isEqualTo("IllegalStateException: 401 Unauthorized: Incorrect API key provided: "
        + Redactor.MASK + ". Find your key at the dashboard. (1 attempt)");
    assertThat(Files.readString(log)).doesNotContain(key);
  }

  @Test
  void aRunOnALogTornByAKillAsksTheTornAnswerAgainOnce() throws Exception {
    Path file = dir.resolve("log.jsonl");
    Fakes.evaluation(new Fakes.OracleModel(), file, new Fakes.Output())
        .items(QaCatalog.OutOfScopeQa.values()).concurrency(1).build().run();
    String text = Files.readString(file);
    Files.writeString(file, text.substring(0, text.length() - 25));

    Fakes.OracleModel model = new Fakes.OracleModel();
    Fakes.Output output = new Fakes.Output();
    Fakes.evaluation(model, file, output).items(QaCatalog.OutOfScopeQa.values()).build().run();

    assertThat(model.calls.get()).isEqualTo(1);
    assertThat(output.lastLine()).isEqualTo("answers: 1 from the model, 2 from the log, 0 failed, of 3 questions; 1 call to the model");
    assertThat(output.err()).contains("dropped an incomplete last line");
    assertThat(RunLog.read(file).stream().map(RunRecord::id).sorted().toList())
        .containsExactly("Q1", "Q2", "Q3");
  }

  private static long completeLines(Path log) throws Exception {
    if (!Files.exists(log)) {
      return 0;
    }
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
  }

  private static String read(Path file) throws Exception {
    return Files.exists(file) ? Files.readString(file) : "";
  }

}
