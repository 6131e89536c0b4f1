package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final AtomicLong now = new AtomicLong();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private ProgressBar bar(boolean terminal) {
    return new ProgressBar(err, terminal, 4, Duration.ofSeconds(3), Duration.ofSeconds(10), now::get);
  }

  private void at(long seconds) {
    now.set(Duration.ofSeconds(seconds).toNanos());
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aShortRunPrintsNothing() {
    ProgressBar bar = bar(true);
    bar.finished(false);
    at(2);
    bar.tick();
    bar.close();
    assertThat(printed()).isEmpty();
  }

  @Test
  void onATerminalOneLineIsRedrawnInPlace() {
    ProgressBar bar = bar(true);
    bar.finished(true);
    at(4);
    bar.tick();
    bar.finished(false);
    at(65);
    bar.tick();
    bar.close();
    assertThat(printed()).isEqualTo(
        "\r[#######.......................] 1/4 questions, 1 from the log, 0:04"
            + "\r[###############...............] 2/4 questions, 1 from the log, 1:05"
            + "\r[###############...............] 2/4 questions, 1 from the log, 1:05" + System.lineSeparator());
  }

  @Test
  void elsewherePlainLinesAtMostEveryTenSecondsAndOnlyOnChange() {
    ProgressBar bar = bar(false);
    bar.finished(false);
    at(4);
    bar.tick();
    at(5);
    bar.finished(false);
    bar.tick(); // changed, but within 10 s of the last line
    at(15);
    bar.tick();
    at(30);
    bar.tick(); // nothing changed
    bar.finished(false);
    bar.close();
    String n = System.lineSeparator();
    assertThat(printed()).isEqualTo(
        "qacatalog-eval: 1/4 questions, 0 from the log, 0:04" + n
            + "qacatalog-eval: 2/4 questions, 0 from the log, 0:15" + n
            + "qacatalog-eval: 3/4 questions, 0 from the log, 0:30" + n);
  }
}
