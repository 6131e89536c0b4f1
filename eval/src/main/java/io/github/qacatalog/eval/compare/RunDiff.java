package io.github.qacatalog.eval.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run against an earlier one, question by question: the questions that passed before and fail now
 * (regressions) and the reverse (fixes). A question's outcome is whether it passed in more than
 * half of its samples. Questions are matched by variant and id.
 *
 * @param earlierModel the model of the earlier run that is compared
 * @param model the model of this run that is compared
 * @param regressions passed before, fail now
 * @param fixes failed before, pass now
 * @param unchanged how many questions kept their outcome
 * @param onlyEarlier questions of the earlier run that this one did not ask
 * @param onlyNow questions this run asked that the earlier one did not
 */
public record RunDiff(
    String earlierModel, String model, List<QuestionChange> regressions, List<QuestionChange> fixes,
    int unchanged, List<String> onlyEarlier, List<String> onlyNow) {

  /** The first model of each run compared. */
  public static RunDiff of(List<Observation> earlier, List<Observation> now) {
    if (earlier.isEmpty() || now.isEmpty()) {
      throw new IllegalArgumentException("a run diff needs observations on both sides");
    }
    return of(earlier, earlier.get(0).model(), now, now.get(0).model());
  }

  /** The named model of each run compared. */
  public static RunDiff of(
      List<Observation> earlier, String earlierModel, List<Observation> now, String model) {
    Map<String, double[]> before = shares(earlier, earlierModel);
    Map<String, double[]> after = shares(now, model);
    Map<String, Observation> firstNow = first(now, model);
    Map<String, Observation> firstBefore = first(earlier, earlierModel);
    List<QuestionChange> regressions = new ArrayList<>();
    List<QuestionChange> fixes = new ArrayList<>();
    List<String> onlyEarlier = new ArrayList<>();
    List<String> onlyNow = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, double[]> e : after.entrySet()) {
      double[] b = before.get(e.getKey());
      Observation o = firstNow.get(e.getKey());
      if (b == null) {
        onlyNow.add(label(o));
        continue;
      }
      double shareBefore = b[0] / b[1];
      double shareNow = e.getValue()[0] / e.getValue()[1];
      boolean passedBefore = 2 * b[0] > b[1];
      boolean passesNow = 2 * e.getValue()[0] > e.getValue()[1];
      QuestionChange change = new QuestionChange(
          o.variant(), o.questionId(), o.category(), o.question(), shareBefore, shareNow);
      if (passedBefore && !passesNow) {
        regressions.add(change);
      } else if (!passedBefore && passesNow) {
        fixes.add(change);
      } else {
        unchanged++;
      }
    }
    for (String key : before.keySet()) {
      if (!after.containsKey(key)) {
        onlyEarlier.add(label(firstBefore.get(key)));
      }
    }
    return new RunDiff(earlierModel, model, List.copyOf(regressions), List.copyOf(fixes), unchanged,
        List.copyOf(onlyEarlier), List.copyOf(onlyNow));
  }

  private static String label(Observation o) {
    return o.variant().isEmpty() ? o.questionId() : o.variant() + "/" + o.questionId();
  }

  private static String key(Observation o) {
    return o.variant() + '\u0000' + o.questionId();
  }

  /** Per question: {passes, samples}. */
  private static Map<String, double[]> shares(List<Observation> observations, String model) {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (Observation o : observations) {
      if (o.model().equals(model)) {
        double[] s = out.computeIfAbsent(key(o), k -> new double[2]);
        s[0] += o.passed() ? 1 : 0;
        s[1]++;
      }
    }
    return out;
  }

  private static Map<String, Observation> first(List<Observation> observations, String model) {
    Map<String, Observation> out = new LinkedHashMap<>();
    for (Observation o : observations) {
      if (o.model().equals(model)) {
        out.putIfAbsent(key(o), o);
      }
    }
    return out;
  }
}
