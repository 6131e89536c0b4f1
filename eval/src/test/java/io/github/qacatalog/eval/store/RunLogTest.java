package io.github.qacatalog.eval.store;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogTest {
  @TempDir Path dir;

  private static RunRecord record(String id, String response) {
    return new RunRecord("2026-12-01T06:00:00Z", "m", "default", 1, id, "Cat", "ANSWER", "q" + id,
        "p", response, null, "PASSED", true, 12, 1, null, 3, null, "model", Map.of("similarity", 0.5),
        Map.of("judge_reason", "ok \"quoted\"\nnext line"), Map.of());
  }

  @Test
  void recordsRoundTripOneLineEach() throws Exception {
    Path file = dir.resolve("sub/log.jsonl");
    try (RunLog log = RunLog.open(file, w -> {})) {
      log.append(record("a", "line one\nline two, \"quoted\", ünïcödé ✓"));
      log.append(record("b", "B"));
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"timestamp\":\"2026-12-01T06:00:00Z\",\"model\":\"m\",\"variant\":\"default\",\"sample\":1,\"wording\":0,\"id\":\"a\"");
    List<RunRecord> read = RunLog.read(file);
    assertThat(read).containsExactly(record("a", "line one\nline two, \"quoted\", ünïcödé ✓"), record("b", "B"))
        .inOrder();
  }

  @Test
  void aTornLastLineIsDroppedWithAWarningAndNeverGluedToTheNextRecord() throws Exception {
    Path file = dir.resolve("log.jsonl");
    try (RunLog log = RunLog.open(file, w -> {})) {
      log.append(record("a", "A"));
      log.append(record("b", "B"));
    }
    byte[] whole = Files.readAllBytes(file);
    int secondLineStart = new String(whole, StandardCharsets.UTF_8).indexOf('\n') + 1;
    Files.write(file, java.util.Arrays.copyOf(whole, secondLineStart + 40)); // killed mid-write

    List<String> warnings = new ArrayList<>();
    try (RunLog log = RunLog.open(file, warnings::add)) {
      assertThat(log.cached("m", "default", "p", "qa", 1)).isPresent();
      assertThat(log.cached("m", "default", "p", "qb", 1)).isEmpty();
      log.append(record("b", "B again"));
    }
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("dropped an incomplete last line (40 bytes)");
    assertThat(RunLog.read(file).stream().map(RunRecord::response).toList())
        .containsExactly("A", "B again").inOrder();
  }

  @Test
  void aCompleteLastRecordWithoutItsLineEndIsKept() throws Exception {
    Path file = dir.resolve("log.jsonl");
    try (RunLog log = RunLog.open(file, w -> {})) {
      log.append(record("a", "A"));
    }
    String text = Files.readString(file);
    Files.writeString(file, text.substring(0, text.length() - 1));
    List<String> warnings = new ArrayList<>();
    try (RunLog log = RunLog.open(file, warnings::add)) {
      assertThat(log.cached("m", "default", "p", "qa", 1)).isPresent();
      log.append(record("b", "B"));
    }
    assertThat(warnings).isEmpty();
    assertThat(RunLog.read(file)).hasSize(2);
  }

  @Test
  void aLineThatIsNoRecordIsSkippedWithAWarning() throws Exception {
    Path file = dir.resolve("log.jsonl");
    Files.writeString(file, "not json\n{\"model\":\"m\"}\n");
    List<String> warnings = new ArrayList<>();
    try (RunLog log = RunLog.open(file, warnings::add)) {
      assertThat(log.recordsRead()).isEqualTo(0);
    }
    assertThat(warnings).containsExactly(
        "run log " + file + ":1: skipped a line that is no record",
        "run log " + file + ":2: skipped a line that is no record");
  }

  @Test
  void oneRunAtATimeMayUseALog() throws Exception {
    Path file = dir.resolve("log.jsonl");
    try (RunLog log = RunLog.open(file, w -> {})) {
      java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
          () -> RunLog.open(file, w -> {}));
      assertThat(e).hasMessageThat().startsWith(RunLog.LOCKED_MESSAGE + file);
    }
    RunLog.open(file, w -> {}).close();
  }
}
