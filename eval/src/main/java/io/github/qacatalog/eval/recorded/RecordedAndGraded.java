package io.github.qacatalog.eval.recorded;

import java.util.Objects;

/** Recorded responses and a person's grades of them, read together. */
public record RecordedAndGraded(RecordedResponses responses, HandGrades grades) {
  /** Checks that neither is null. */
  public RecordedAndGraded {
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(grades, "grades");
  }
}
