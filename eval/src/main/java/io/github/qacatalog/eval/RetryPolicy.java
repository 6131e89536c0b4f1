package io.github.qacatalog.eval;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a failed call is tried again, and how long to wait in between: exponential backoff with
 * jitter. The wait before retry {@code n} (1 for the first) is {@code initialBackoff * multiplier^(n-1)},
 * at most {@code maxBackoff}, then moved at random by up to {@code jitter} of itself either way, so
 * that parallel calls that failed together do not retry together.
 *
 * <p>A call is retried when it throws or times out, except when the exception says that trying
 * again cannot help (LangChain4j's {@code NonRetriableException}: a wrong key, an unknown model, an
 * invalid request).
 *
 * @param maxAttempts calls in all, the first included: 1 means no retry
 * @param initialBackoff the wait before the first retry
 * @param multiplier the factor by which each wait grows, at least 1
 * @param maxBackoff the longest wait
 * @param jitter the share of each wait moved at random, from 0 (none) to 1
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff, double jitter) {

  /** The default: 3 attempts, waits of about 1 s and 2 s (at most 30 s), jitter 0.25. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30), 0.25);

  /** One attempt, no retry. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO, 0);

  /** Checks the ranges. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("backoff must not be negative");
    }
    if (!(multiplier >= 1)) {
      throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be in [0, 1]: " + jitter);
    }
  }

  /** {@code maxAttempts} attempts with the default waits. */
  public static RetryPolicy attempts(int maxAttempts) {
    return DEFAULT.withMaxAttempts(maxAttempts);
  }

  /** This policy with another number of attempts. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, multiplier, maxBackoff, jitter);
  }

  /** This policy with other waits. */
  public RetryPolicy withBackoff(Duration initial, double factor, Duration max) {
    return new RetryPolicy(maxAttempts, initial, factor, max, jitter);
  }

  /** This policy with another jitter. */
  public RetryPolicy withJitter(double share) {
    return new RetryPolicy(maxAttempts, initialBackoff, multiplier, maxBackoff, share);
  }

  /**
   * The wait before retry {@code retry} (1 for the first), given a uniform random number {@code
   * random} in [0, 1): 0.5 gives the wait without jitter, 0 the shortest, values near 1 the longest.
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry counts from 1: " + retry);
    }
    double base = Math.min(
        maxBackoff.toNanos(), initialBackoff.toNanos() * Math.pow(multiplier, retry - 1));
    double jittered = base * (1 + jitter * (2 * random - 1));
    return Duration.ofNanos((long) Math.max(0, Math.min(maxBackoff.toNanos(), jittered)));
  }
}
