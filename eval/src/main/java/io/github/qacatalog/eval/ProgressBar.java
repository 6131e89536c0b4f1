package io.github.qacatalog.eval;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on stderr, for runs that take a while: nothing during the first {@code delay} (a run that
 * ends sooner prints nothing); then, on a terminal, one line redrawn in place
 * ({@code [#####.....] 12/40 questions, 3 from the log, 0:42}); when stderr is not a terminal (a
 * CI log, a file), a plain line at most every {@code plainInterval}, and only when something
 * changed.
 */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean terminal;
  private final int total;
  private final LongSupplier nanoTime;
  private final long start;
  private final long delayNanos;
  private final long plainIntervalNanos;
  private int done;
  private int fromLog;
  private boolean shown;
  private long lastPrinted;
  private int lastDone = -1;

  ProgressBar(PrintStream err, boolean terminal, int total, Duration delay, Duration plainInterval,
      LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.delayNanos = delay.toNanos();
    this.plainIntervalNanos = plainInterval.toNanos();
  }

  /** Whether this JVM's console is a terminal; on JDK 22 and later asks {@code Console.isTerminal()}. */
  static boolean stderrIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before JDK 22, System.console() is null unless the JVM runs on a terminal
    }
  }

  synchronized void finished(boolean answerFromLog) {
    done++;
    if (answerFromLog) {
      fromLog++;
    }
  }

  /** Called a few times a second: prints when due. */
  synchronized void tick() {
    long now = nanoTime.getAsLong();
    if (now - start < delayNanos) {
      return;
    }
    if (terminal) {
      err.print("\r" + line(now));
      err.flush();
      shown = true;
    } else if (done != lastDone && (!shown || now - lastPrinted >= plainIntervalNanos)) {
      err.println("qacatalog-eval: " + line(now));
      err.flush();
      shown = true;
      lastPrinted = now;
      lastDone = done;
    }
  }

  /** Ends the bar: a last redraw and a line end on a terminal; nothing when nothing was shown. */
  synchronized void close() {
    if (shown && terminal) {
      err.println("\r" + line(nanoTime.getAsLong()));
      err.flush();
    } else if (shown && done != lastDone) {
      err.println("qacatalog-eval: " + line(nanoTime.getAsLong()));
      err.flush();
    }
  }

  private String line(long now) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    long seconds = (now - start) / 1_000_000_000L;
    String bar = terminal ? "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " : "";
    return String.format(Locale.ROOT, "%s%d/%d questions, %d from the log, %d:%02d",
        bar, done, total, fromLog, seconds / 60, seconds % 60);
  }
}
