package io.github.qacatalog.eval.internal;

/**
 * The value of a call, or the last failure when every attempt failed, with the number of attempts
 * made and how long they took, waits included.
 */
record CallResult<T>(T value, Exception failure, int attempts, long millis) {
  boolean succeeded() {
    return failure == null;
  }
}
