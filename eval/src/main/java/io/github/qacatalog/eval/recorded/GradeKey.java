package io.github.qacatalog.eval.recorded;

import java.util.Objects;

/**
 * What a hand grade grades: one model's response to one wording of one question, in one prompt
 * variant and sample. Files without {@code variant} and {@code sample} columns grade variant
 * {@value #DEFAULT_VARIANT}, sample 1.
 *
 * @param model the model's name
 * @param itemId the question's id
 * @param wording the text asked: the question as written or a paraphrase (see {@link Wording#text()})
 * @param variant the prompt variant
 * @param sample the sample, from 1
 */
public record GradeKey(String model, String itemId, String wording, String variant, int sample) {
  /** The variant of a grade whose file has no variant column. */
  public static final String DEFAULT_VARIANT = "default";

  /** Checks the fields. */
  public GradeKey {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(variant, "variant");
    if (sample < 1) {
      throw new IllegalArgumentException("samples count from 1: " + sample);
    }
  }

  /** The key of variant {@value #DEFAULT_VARIANT}, sample 1. */
  public static GradeKey of(String model, String itemId, String wording) {
    return new GradeKey(model, itemId, wording, DEFAULT_VARIANT, 1);
  }
}
