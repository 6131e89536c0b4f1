package io.github.qacatalog.eval.scorer.judge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A judge's grading of one response by a {@link Rubric}, or the record that its output could not be
 * read.
 *
 * <p>A parsed verdict has a label for every criterion, spelled as the rubric spells it, and a
 * one-line reason (possibly empty). An unparsed verdict has no labels, a reason that starts with
 * {@code "unparsed: "} and says why, and the judge's raw output (cut to {@value #MAX_RAW_LENGTH}
 * characters) so that a person can look at it. A label is never guessed.
 *
 * @param labels criterion name to label, in the rubric's order; empty when unparsed
 * @param reason the judge's reason, or why its output could not be read; one line, never null
 * @param parsed whether the output was read
 * @param raw the raw output of an unparsed verdict, empty otherwise; never null
 */
public record Verdict(Map<String, String> labels, String reason, boolean parsed, String raw) {
  /** How many characters of the raw output an unparsed verdict keeps. */
  public static final int MAX_RAW_LENGTH = 4000;

  /** How many characters of a reason a verdict keeps. */
  public static final int MAX_REASON_LENGTH = 500;

  /** Copies the labels and makes the reason one line. */
  public Verdict {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(labels)));
    if (parsed == labels.isEmpty()) {
      throw new IllegalArgumentException("a parsed verdict has labels, an unparsed one none");
    }
    reason = cut(Objects.requireNonNullElse(reason, "").replaceAll("\\s+", " ").strip(),
        MAX_REASON_LENGTH);
    raw = cut(Objects.requireNonNullElse(raw, ""), MAX_RAW_LENGTH);
  }

  /** A parsed verdict. */
  public static Verdict of(Map<String, String> labels, String reason) {
    return new Verdict(labels, reason, true, "");
  }

  /** The verdict for an output that could not be read, saying why and keeping the output. */
  public static Verdict unparsed(String raw, String why) {
    return new Verdict(Map.of(), "unparsed: " + why, false, raw);
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
