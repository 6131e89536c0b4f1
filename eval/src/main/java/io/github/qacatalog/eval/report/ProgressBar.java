package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.result.ItemResult;
import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on stderr, for runs that take a while: nothing during the first {@code delay} (a run that
 * ends sooner prints nothing); then, on a terminal, one line redrawn in place
 * ({@code [#####.....] 12/40 questions, 3 from the log, 0:42}); when stderr is not a terminal (a
 * CI log, a file), a plain line at most every {@code plainInterval}, and only when something
 * changed. It is a {@link RunListener}: it hears of each finished question, and {@link #start}
 * redraws it a few times a second on a thread of its own until the run ends.
 */
public final class ProgressBar implements RunListener {
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
  private ScheduledExecutorService ticker;

  /** A bar for {@code total} questions; nothing shows before {@code delay}. */
  public ProgressBar(PrintStream err, boolean terminal, int total, Duration delay,
      Duration plainInterval, LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.delayNanos = delay.toNanos();
    this.plainIntervalNanos = plainInterval.toNanos();
  }

  /** Whether this JVM's console is a terminal; on JDK 22 and later asks {@code Console.isTerminal()}. */
  public static boolean stderrIsTerminal() {
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

  /** Redraws the bar every {@code interval} on a daemon thread, until {@link #ended()}. */
  public synchronized void start(Duration interval) {
    ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "qacatalog-eval-progress");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleAtFixedRate(this::tick, interval.toMillis(), interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void finished(ItemResult result) {
    done++;
    if (result.fromLog()) {
      fromLog++;
    }
  }

  @Override
  public void ended() {
    ScheduledExecutorService running;
    synchronized (this) {
      running = ticker;
      ticker = null;
    }
    if (running != null) {
      running.shutdownNow();
    }
    close();
  }

  /** Prints when due; called a few times a second. */
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
