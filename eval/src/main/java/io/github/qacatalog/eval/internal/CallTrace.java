package io.github.qacatalog.eval.internal;

/**
 * Counts the HTTP requests that one call to a model makes on its thread, when the model sends them
 * through {@code EvaluationHttpClient}: more than one means the model retried by itself.
 */
public final class CallTrace {
  private static final ThreadLocal<int[]> REQUESTS = new ThreadLocal<>();

  private CallTrace() {}

  /** A request went out on this thread. */
  public static void requestSent() {
    int[] count = REQUESTS.get();
    if (count != null) {
      count[0]++;
    }
  }

  static void begin() {
    REQUESTS.set(new int[1]);
  }

  /** The requests since {@link #begin()}; ends the count. */
  static int end() {
    int[] count = REQUESTS.get();
    REQUESTS.remove();
    return count == null ? 0 : count[0];
  }
}
