package io.github.qacatalog.eval.internal;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How many calls may be under way at once, adapting to the provider: a rate-limit answer halves the
 * limit (at most once per second, so that the calls that were under way together count as one
 * signal) and pauses every new call until the provider's {@code Retry-After} has passed; each
 * success raises the limit by one again, never above the configured concurrency. An optional
 * requests-per-minute limit spaces the starts of calls evenly. Shared by every call of a run (the
 * model's and the judge's).
 */
final class CallLimiter {
  private static final long SECOND = 1_000_000_000L;

  private final int maximum;
  private final long spacingNanos;
  private final LongSupplier nanoTime;
  private int limit;
  private int inFlight;
  private long pausedUntil;
  private long nextStart;
  private long lastDecrease = Long.MIN_VALUE;
  private int lowest;

  /** At most {@code maximum} calls at once; {@code requestsPerMinute} 0 for no rate limit. */
  CallLimiter(int maximum, int requestsPerMinute, LongSupplier nanoTime) {
    if (maximum < 1) {
      throw new IllegalArgumentException("maximum must be at least 1: " + maximum);
    }
    this.maximum = maximum;
    this.limit = maximum;
    this.lowest = maximum;
    this.spacingNanos = requestsPerMinute > 0 ? 60 * SECOND / requestsPerMinute : 0;
    this.nanoTime = nanoTime;
    this.nextStart = nanoTime.getAsLong();
  }

  /** Waits until a call may start, and counts it as under way. */
  synchronized void acquire() throws InterruptedException {
    while (true) {
      long now = nanoTime.getAsLong();
      long waitNanos = 0;
      if (inFlight >= limit) {
        waitNanos = SECOND; // woken by a release
      } else if (now < pausedUntil) {
        waitNanos = pausedUntil - now;
      } else if (spacingNanos > 0 && now < nextStart) {
        waitNanos = nextStart - now;
      } else {
        inFlight++;
        if (spacingNanos > 0) {
          nextStart = Math.max(now, nextStart) + spacingNanos;
        }
        return;
      }
      long millis = Math.max(1, waitNanos / 1_000_000);
      wait(millis);
    }
  }

  /** The call ended in success: one step back up. */
  synchronized void succeeded() {
    inFlight--;
    if (limit < maximum) {
      limit++;
    }
    notifyAll();
  }

  /** The call failed for another reason than the provider's limit. */
  synchronized void failed() {
    inFlight--;
    notifyAll();
  }

  /** The provider answered that its limit is reached, asking for {@code retryAfter} (or zero). */
  synchronized void rateLimited(Duration retryAfter) {
    inFlight--;
    long now = nanoTime.getAsLong();
    if (now - lastDecrease >= SECOND || lastDecrease == Long.MIN_VALUE) {
      limit = Math.max(1, limit / 2);
      lowest = Math.min(lowest, limit);
      lastDecrease = now;
    }
    if (!retryAfter.isZero()) {
      pausedUntil = Math.max(pausedUntil, now + retryAfter.toNanos());
    }
    notifyAll();
  }

  /** The current limit. */
  synchronized int limit() {
    return limit;
  }

  /** The lowest the limit has been. */
  synchronized int lowest() {
    return lowest;
  }
}
