package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run per log, between two real processes: while a run in another JVM holds the log, a second
 * run is refused with the documented message before it asks anything, and afterwards the log holds
 * each answer exactly once. (The lock used to be dropped as soon as the log had been read: on
 * POSIX, closing any other handle on a file releases the process's lock on it.)
 */
class OneRunPerLogTest {
  @TempDir Path dir;

  @Test
  void aSecondProcessIsRefusedWhileTheFirstHoldsTheLog() throws Exception {
    Path log = dir.resolve("run-log.jsonl");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, KillableRun.class.getName(), log.toString(), "3")
        .redirectOutput(dir.resolve("child.out").toFile())
        .redirectError(dir.resolve("child.err").toFile());
    builder.environment().put("OPENAI_API_KEY", "k3y-of-the-child-process");
    Process child = builder.start();
    Fakes.OracleModel model = new Fakes.OracleModel();
    try {
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (completeLines(log) < 3) {
        assertWithMessage("child ended early: %s", Files.exists(dir.resolve("child.err"))
            ? Files.readString(dir.resolve("child.err")) : "").that(child.isAlive()).isTrue();
        assertThat(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(50);
      }
      // The child has read the log and written to it, and hangs holding it.
      IOException refused = assertThrows(IOException.class, () -> RunLog.open(log, w -> {}));
      assertThat(refused).hasMessageThat().startsWith(RunLog.LOCKED_MESSAGE + log);
      UncheckedIOException run = assertThrows(UncheckedIOException.class, () ->
          Fakes.evaluation(model, log, new Fakes.Output()).items(QaCatalog.all()).build().run());
      assertThat(run).hasMessageThat().contains(RunLog.LOCKED_MESSAGE);
      assertThat(model.calls.get()).isEqualTo(0);
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }

    Fakes.evaluation(model, log, new Fakes.Output()).items(QaCatalog.all()).build().run();
    Map<String, Long> answersPerId = RunLog.read(log).stream().filter(RunRecord::isAnswer)
        .collect(Collectors.groupingBy(RunRecord::id, Collectors.counting()));
    assertThat(answersPerId).hasSize(QaCatalog.all().size());
    assertThat(answersPerId.values().stream().distinct().toList()).containsExactly(1L);
  }

  private static long completeLines(Path log) throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
  }
}
