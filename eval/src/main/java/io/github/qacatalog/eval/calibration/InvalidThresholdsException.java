package io.github.qacatalog.eval.calibration;

import java.util.List;

/** A thresholds file with bad lines; the message lists every one as {@code file:LINE: message}. */
public final class InvalidThresholdsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  InvalidThresholdsException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, {@code file:LINE: message}. */
  public List<String> problems() {
    return problems;
  }
}
