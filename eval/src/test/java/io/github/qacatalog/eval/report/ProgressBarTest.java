package io.github.qacatalog.eval.report;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.result.ItemResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

  /** A result, from the log or not; the bar reads nothing else. */
  private static ItemResult result(boolean fromLog) {
    QaItem item = QaCatalog.OutOfScopeQa.Q1;
    return new ItemResult(item, item.question(), null, item.category().title(), "m", "default", 1,
        Expectation.REFUSAL, Outcome.PASSED, "r", null, Map.of(), Map.of(), List.of(), 1, null, null,
        fromLog, fromLog ? 0 : 1);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aShortRunPrintsNothing() {
    ProgressBar bar = bar(true);
    bar.finished(result(false));
    at(2);
    bar.tick();
    bar.close();
    assertThat(printed()).isEmpty();
  }

  @Test
  void onATerminalOneLineIsRedrawnInPlace() {
    ProgressBar bar = bar(true);
    bar.finished(result(true));
    at(4);
    bar.tick();
    bar.finished(result(false));
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
    bar.finished(result(false));
    at(4);
    bar.tick();
    at(5);
    bar.finished(result(false));
    bar.tick(); // changed, but within 10 s of the last line
    at(15);
    bar.tick();
    at(30);
    bar.tick(); // nothing changed
    bar.finished(result(false));
    bar.close();
    String n = System.lineSeparator();
    assertThat(printed()).isEqualTo(
        "qacatalog-eval: 1/4 questions, 0 from the log, 0:04" + n
            + "qacatalog-eval: 2/4 questions, 0 from the log, 0:15" + n
            + "qacatalog-eval: 3/4 questions, 0 from the log, 0:30" + n);
  }
}
