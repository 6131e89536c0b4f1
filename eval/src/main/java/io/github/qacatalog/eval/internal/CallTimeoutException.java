package io.github.qacatalog.eval.internal;

import java.time.Duration;

/** A call to a model that gave no answer within the evaluation's timeout. */
public final class CallTimeoutException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A call that took longer than {@code timeout}. */
  public CallTimeoutException(Duration timeout) {
    super("no answer within " + timeout.toMillis() + " ms");
  }
}
