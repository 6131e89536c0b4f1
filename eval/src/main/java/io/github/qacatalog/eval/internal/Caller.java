package io.github.qacatalog.eval.internal;

import dev.langchain4j.exception.NonRetriableException;
import io.github.qacatalog.eval.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The one retry layer: makes one call with a timeout, and again after a wait when it fails. The
 * call runs on a thread of {@code callThreads}, so that a call that never returns is abandoned (and
 * interrupted) once the timeout is up. The wait before a retry is the provider's {@code
 * Retry-After} when it sent one (more than zero), else the policy's backoff; waits do not count
 * against the timeout, which bounds each attempt. Every attempt passes through the run's {@link CallLimiter}.
 */
final class Caller {
  private final RetryPolicy retry;
  private final Duration timeout;
  private final ExecutorService callThreads;
  private final RunPlan.Sleeper sleeper;
  private final DoubleSupplier random;
  private final CallLimiter limiter;
  private final Consumer<String> warnings;
  private final AtomicBoolean warnedOfOwnRetries = new AtomicBoolean();

  Caller(RetryPolicy retry, Duration timeout, ExecutorService callThreads, RunPlan.Sleeper sleeper,
      DoubleSupplier random, CallLimiter limiter, Consumer<String> warnings) {
    this.retry = Objects.requireNonNull(retry);
    this.timeout = Objects.requireNonNull(timeout);
    this.callThreads = Objects.requireNonNull(callThreads);
    this.sleeper = Objects.requireNonNull(sleeper);
    this.random = Objects.requireNonNull(random);
    this.limiter = Objects.requireNonNull(limiter);
    this.warnings = Objects.requireNonNull(warnings);
  }

  /** Calls until one attempt succeeds or the policy gives up; throws only when interrupted. */
  <T> CallResult<T> call(Callable<T> call) throws InterruptedException {
    long start = System.nanoTime();
    Exception failure = null;
    int attempt = 0;
    Duration wait = Duration.ZERO;
    while (attempt < retry.maxAttempts()) {
      if (attempt > 0 && !wait.isZero()) {
        sleeper.sleep(wait);
      }
      limiter.acquire();
      attempt++;
      Future<T> future = callThreads.submit(() -> traced(call));
      try {
        T value = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        limiter.succeeded();
        return new CallResult<>(value, null, attempt, millisSince(start));
      } catch (TimeoutException e) {
        future.cancel(true);
        limiter.failed();
        failure = new CallTimeoutException(timeout);
      } catch (ExecutionException e) {
        failure = e.getCause() instanceof Exception cause ? cause : e;
        Optional<Duration> retryAfter = RetryAfter.of(failure);
        if (RetryAfter.isRateLimit(failure)) {
          limiter.rateLimited(retryAfter.orElse(Duration.ZERO));
        } else {
          limiter.failed();
        }
        if (!retriable(failure)) {
          break;
        }
        if (attempt < retry.maxAttempts()) {
          // The provider said how long: waiting longer wastes its capacity, shorter is refused.
          Duration backoff = retry.backoff(attempt, random.getAsDouble());
          wait = retryAfter.filter(r -> !r.isZero()).orElse(backoff);
          continue;
        }
      } catch (InterruptedException e) {
        future.cancel(true);
        limiter.failed();
        throw e;
      }
      if (attempt < retry.maxAttempts()) {
        wait = retry.backoff(attempt, random.getAsDouble());
      }
    }
    return new CallResult<>(null, failure, attempt, millisSince(start));
  }

  /** The call, with the HTTP requests it sends counted (when they go through EvaluationHttpClient). */
  private <T> T traced(Callable<T> call) throws Exception {
    CallTrace.begin();
    try {
      return call.call();
    } finally {
      int requests = CallTrace.end();
      if (requests > 1 && warnedOfOwnRetries.compareAndSet(false, true)) {
        warnings.accept("one call to the model sent " + requests + " HTTP requests: the model"
            + " retries by itself, beside the evaluation's retries, so more requests reach the"
            + " provider than the attempts reported; build it with maxRetries(0)");
      }
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** False for failures that another attempt cannot cure, as LangChain4j marks them. */
  static boolean retriable(Throwable failure) {
    return !(failure instanceof NonRetriableException);
  }
}
