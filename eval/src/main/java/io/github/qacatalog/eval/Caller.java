package io.github.qacatalog.eval;

import dev.langchain4j.exception.NonRetriableException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;

/**
 * Makes one call to a model with a timeout, and again after a backoff when it fails. The call runs
 * on a thread of {@code callThreads}, so that a call that never returns is abandoned (and
 * interrupted) once the timeout is up.
 */
final class Caller {
  /** Waits; {@link Thread#sleep} but for tests. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** The value of a call, or the last failure when every attempt failed. */
  record Outcome<T>(T value, Exception failure, int attempts) {
    boolean succeeded() {
      return failure == null;
    }
  }

  private final RetryPolicy retry;
  private final Duration timeout;
  private final ExecutorService callThreads;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  Caller(RetryPolicy retry, Duration timeout, ExecutorService callThreads, Sleeper sleeper,
      DoubleSupplier random) {
    this.retry = Objects.requireNonNull(retry);
    this.timeout = Objects.requireNonNull(timeout);
    this.callThreads = Objects.requireNonNull(callThreads);
    this.sleeper = Objects.requireNonNull(sleeper);
    this.random = Objects.requireNonNull(random);
  }

  /** Calls until one attempt succeeds or the policy gives up; throws only when interrupted. */
  <T> Outcome<T> call(Callable<T> call) throws InterruptedException {
    Exception failure = null;
    int attempt = 0;
    while (attempt < retry.maxAttempts()) {
      if (attempt > 0) {
        sleeper.sleep(retry.backoff(attempt, random.getAsDouble()));
      }
      attempt++;
      Future<T> future = callThreads.submit(call);
      try {
        return new Outcome<>(future.get(timeout.toNanos(), TimeUnit.NANOSECONDS), null, attempt);
      } catch (TimeoutException e) {
        future.cancel(true);
        failure = new CallTimeoutException(timeout);
      } catch (ExecutionException e) {
        failure = e.getCause() instanceof Exception cause ? cause : e;
        if (!retriable(failure)) {
          break;
        }
      } catch (InterruptedException e) {
        future.cancel(true);
        throw e;
      }
    }
    return new Outcome<>(null, failure, attempt);
  }

  /** False for failures that another attempt cannot cure, as LangChain4j marks them. */
  static boolean retriable(Throwable failure) {
    return !(failure instanceof NonRetriableException);
  }
}
