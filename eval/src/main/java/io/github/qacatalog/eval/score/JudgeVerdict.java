package io.github.qacatalog.eval.score;

/**
 * An LLM judge's grades of one response, or the record that its output could not be read.
 *
 * <p>A parsed verdict ({@link #parsed()}) has all four grades and a one-line reason (possibly
 * empty). An unparsable verdict has no grades (they are {@code null}), a reason that starts with
 * {@code "unparsable: "} and says why, and the judge's raw output, cut to
 * {@value #MAX_RAW_LENGTH} characters, so that it can be logged and looked at.
 *
 * @param completeness how much of the gold answer the response covers; null when unparsable
 * @param accuracy whether the response agrees with the gold answer; null when unparsable
 * @param hallucinations unsupported claims in the response; null when unparsable
 * @param format whether the response is shaped as asked; null when unparsable
 * @param reason the judge's one-line reason, or why its output could not be read; never null
 * @param raw the judge's raw output when it could not be read, otherwise empty; never null
 */
public record JudgeVerdict(
    Completeness completeness,
    Accuracy accuracy,
    Hallucinations hallucinations,
    Format format,
    String reason,
    String raw) {

  /** How many characters of the raw output an unparsable verdict keeps. */
  public static final int MAX_RAW_LENGTH = 4000;

  /** How many characters of a reason a verdict keeps. */
  public static final int MAX_REASON_LENGTH = 500;

  /** Checks that a verdict has either all grades or none, and makes its reason one line. */
  public JudgeVerdict {
    int present =
        (completeness != null ? 1 : 0)
            + (accuracy != null ? 1 : 0)
            + (hallucinations != null ? 1 : 0)
            + (format != null ? 1 : 0);
    if (present != 0 && present != 4) {
      throw new IllegalArgumentException(
          "a verdict has all four grades or none (use JudgeVerdict.unparsable)");
    }
    reason = oneLine(reason == null ? "" : reason, MAX_REASON_LENGTH);
    raw = raw == null ? "" : cut(raw, MAX_RAW_LENGTH);
  }

  /** A parsed verdict with the given grades and reason. */
  public static JudgeVerdict of(
      Completeness completeness,
      Accuracy accuracy,
      Hallucinations hallucinations,
      Format format,
      String reason) {
    if (completeness == null || accuracy == null || hallucinations == null || format == null) {
      throw new IllegalArgumentException("a parsed verdict needs all four grades");
    }
    return new JudgeVerdict(completeness, accuracy, hallucinations, format, reason, "");
  }

  /** The verdict for a judge output that could not be read, saying why. */
  public static JudgeVerdict unparsable(String raw, String why) {
    return new JudgeVerdict(null, null, null, null, "unparsable: " + why, raw);
  }

  /** Whether the judge's output was read: the grades are there. */
  public boolean parsed() {
    return completeness != null;
  }

  /**
   * The verdict as one number in [0, 1]: the mean of completeness (1, 0.5, 0), accuracy (1, 0.5, 0)
   * and hallucinations (none 1, minor 0.5, major 0); format does not count. {@link Double#NaN} when
   * the verdict is unparsable.
   */
  public double score() {
    if (!parsed()) {
      return Double.NaN;
    }
    double c = switch (completeness) {
      case FULL -> 1.0;
      case PARTIAL -> 0.5;
      case NONE -> 0.0;
    };
    double a = switch (accuracy) {
      case ACCURATE -> 1.0;
      case PARTLY -> 0.5;
      case INACCURATE -> 0.0;
    };
    double h = switch (hallucinations) {
      case NONE -> 1.0;
      case MINOR -> 0.5;
      case MAJOR -> 0.0;
    };
    return (c + a + h) / 3;
  }

  /**
   * Whether the verdict is the best on every grade that bears on truth: a full, accurate answer with
   * no hallucination (format is reported, not required). False when unparsable.
   */
  public boolean acceptable() {
    return completeness == Completeness.FULL
        && accuracy == Accuracy.ACCURATE
        && hallucinations == Hallucinations.NONE;
  }

  private static String oneLine(String text, int max) {
    return cut(text.replaceAll("\\s+", " ").strip(), max);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "\u2026";
  }
}
