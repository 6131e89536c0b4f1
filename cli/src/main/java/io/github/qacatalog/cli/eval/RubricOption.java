package io.github.qacatalog.cli.eval;

import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code --rubric}: the rubric the judge grades by and the hand grades are read with, one for both
 * so that the judge's labels can be compared with the person's.
 */
public enum RubricOption {
  /** {@link Rubric#DEFAULT}: completeness, accuracy, hallucinations, format. */
  DEFAULT(Rubric.DEFAULT),
  /**
   * The rubric people grade chat answers by in a spreadsheet: completeness {@code Full, Partial},
   * accuracy {@code Perfect, Minor Error}, conciseness {@code Concise, Verbose}, format {@code
   * Followed, Ignored}. A pass needs Full and Perfect; conciseness and format are recorded but do
   * not decide, as the person who grades this way counts them.
   */
  PERSON(Rubric.of("person",
      Criterion.of("completeness", "Full", "Partial"),
      Criterion.of("accuracy", "Perfect", "Minor Error"),
      Criterion.of("conciseness", "Concise", "Verbose").passingDownTo("Verbose"),
      Criterion.of("format", "Followed", "Ignored").passingDownTo("Ignored")));

  private final Rubric rubric;

  RubricOption(Rubric rubric) {
    this.rubric = rubric;
  }

  /** The rubric. */
  public Rubric rubric() {
    return rubric;
  }

  /** Parses the option ignoring case; throws {@link IllegalArgumentException} naming the rubrics. */
  public static RubricOption parse(String text) {
    for (RubricOption o : values()) {
      if (o.name().equalsIgnoreCase(text.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException("a rubric is " + Arrays.stream(values())
        .map(o -> o.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "))
        + ", not \"" + text + "\"");
  }
}
