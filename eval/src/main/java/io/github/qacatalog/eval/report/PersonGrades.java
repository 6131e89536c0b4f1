package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.agreement.GradePair;
import io.github.qacatalog.eval.calibration.GradedScore;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.PersonGrade;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person's grades of a run beside what the scorers found: the pairs of the judge's agreement
 * and the graded scores of the calibration, read from each result's {@link PersonGrade}.
 */
public final class PersonGrades {
  private PersonGrades() {}

  /**
   * For each result and each criterion of {@code rubric} that both the person and the judge
   * ({@code judge_<criterion>}) graded, one pair, in result order.
   */
  public static List<GradePair> agreementPairs(RunResult result, Rubric rubric) {
    List<GradePair> pairs = new ArrayList<>();
    for (ItemResult r : result.items()) {
      Optional<PersonGrade> grade = r.personGrade();
      if (grade.isEmpty()) {
        continue;
      }
      for (Criterion c : rubric.criteria()) {
        String person = grade.get().labels().get(c.name());
        String judge = r.details().get("judge_" + c.name());
        if (person != null && judge != null) {
          pairs.add(GradePair.of(c, person, judge, r.wordingId(), r.asked(), r.response().orElse(""),
              r.details().getOrDefault("judge_reason", "")));
        }
      }
    }
    return pairs;
  }

  /** Every score of every result whose person's pass is known, beside that pass. */
  public static List<GradedScore> gradedScores(RunResult result) {
    List<GradedScore> graded = new ArrayList<>();
    for (ItemResult r : result.items()) {
      Optional<Boolean> passed = r.personGrade().flatMap(PersonGrade::passed);
      if (passed.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, Double> score : r.scores().entrySet()) {
        graded.add(new GradedScore(score.getKey(), score.getValue(), passed.get()));
      }
    }
    return graded;
  }

  /** Whether any result carries a person's grade. */
  public static boolean any(RunResult result) {
    return result.items().stream().anyMatch(r -> r.personGrade().isPresent());
  }
}
