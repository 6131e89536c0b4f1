package io.github.qacatalog.eval.agreement;

import io.github.qacatalog.eval.scorer.judge.Criterion;
import java.util.List;
import java.util.Objects;

/**
 * One answer graded on one criterion by both a person and the judge: the neutral input of an
 * agreement.
 *
 * @param criterion the criterion's name
 * @param labels the criterion's labels, best first
 * @param personLabel the person's label, one of {@code labels} ignoring case and surrounding space
 * @param judgeLabel the judge's label, likewise
 * @param questionId the question's id
 * @param question the question's text
 * @param response the response graded
 * @param reason the judge's reason; may be empty
 */
public record GradePair(
    String criterion, List<String> labels, String personLabel, String judgeLabel,
    String questionId, String question, String response, String reason) {

  /** Checks the pair. */
  public GradePair {
    Objects.requireNonNull(criterion, "criterion");
    labels = List.copyOf(labels);
    Objects.requireNonNull(personLabel, "personLabel");
    Objects.requireNonNull(judgeLabel, "judgeLabel");
    questionId = questionId == null ? "" : questionId;
    question = question == null ? "" : question;
    response = response == null ? "" : response;
    reason = reason == null ? "" : reason;
  }

  /** A pair on a rubric's criterion, whose labels give the order. */
  public static GradePair of(Criterion criterion, String personLabel, String judgeLabel,
      String questionId, String question, String response, String reason) {
    return new GradePair(criterion.name(), criterion.labels(), personLabel, judgeLabel, questionId,
        question, response, reason);
  }

  /** The position of the person's label, best first. */
  int personIndex() {
    return index(personLabel);
  }

  /** The position of the judge's label, best first. */
  int judgeIndex() {
    return index(judgeLabel);
  }

  private int index(String label) {
    String wanted = label.strip();
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).strip().equalsIgnoreCase(wanted)) {
        return i;
      }
    }
    throw new IllegalArgumentException("criterion " + criterion + " has no label " + label
        + "; its labels: " + String.join(", ", labels));
  }
}
