package io.github.qacatalog.eval.recorded;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's grades, by {@link GradeKey} (model, question, wording, variant, sample), under the
 * rubric they were read with; from each, the person's pass.
 *
 * <p>Hand grades are what a judge is measured against: they are never sent to the judge (no
 * prompt, no cache key, no scorer input holds them), so that the judge cannot copy them.
 */
public final class HandGrades {
  private final Rubric rubric;
  private final Map<GradeKey, HandGrade> grades;

  HandGrades(Rubric rubric, Map<GradeKey, HandGrade> grades) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
    this.grades = new LinkedHashMap<>(grades);
  }

  /** The rubric the labels belong to. */
  public Rubric rubric() {
    return rubric;
  }

  /** Every grade, the last row read for each key, in the order keys first appeared. */
  public List<HandGrade> all() {
    return List.copyOf(grades.values());
  }

  /** The grades with at least one criterion graded. */
  public List<HandGrade> graded() {
    return grades.values().stream().filter(HandGrade::isGraded).toList();
  }

  /** The grade of a key. */
  public Optional<HandGrade> get(GradeKey key) {
    return Optional.ofNullable(grades.get(key));
  }

  /** The grade of a model's response to one wording of a question (variant default, sample 1). */
  public Optional<HandGrade> get(String model, QaItem item, String wording) {
    return get(GradeKey.of(model, item.id(), wording));
  }

  /** The grade of a model's response to a question as written (variant default, sample 1). */
  public Optional<HandGrade> get(String model, QaItem item) {
    return get(model, item, item.question());
  }

  /**
   * The person's pass, by {@link Rubric#passes}: present when every criterion is graded, or when a
   * criterion is graded with a label that fails it and the rubric has no pass score (then no other
   * label can make it pass); empty when nothing or not enough is graded to tell.
   */
  public Optional<Boolean> passed(HandGrade grade) {
    Map<String, String> labels = grade.labels();
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    boolean complete = rubric.criteria().stream().allMatch(c -> labels.containsKey(c.name()));
    if (complete) {
      return Optional.of(rubric.passes(labels));
    }
    if (rubric.passScore().isEmpty()) {
      boolean failing = labels.entrySet().stream().anyMatch(e -> {
        Criterion c = rubric.criterion(e.getKey()).orElseThrow();
        return !c.passes(e.getValue());
      });
      if (failing) {
        return Optional.of(false);
      }
    }
    return Optional.empty();
  }

  /** How many keys have a grade (graded or left blank). */
  public int size() {
    return grades.size();
  }
}
