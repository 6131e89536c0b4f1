package io.github.qacatalog.eval.compare;

import io.github.qacatalog.eval.stats.Bootstrap;
import io.github.qacatalog.eval.stats.Estimate;
import io.github.qacatalog.eval.stats.McNemar;
import io.github.qacatalog.eval.stats.Proportion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a {@link ComparisonResult} from observations. Models, variants, categories and scores
 * keep the order in which they first appear; the first model is the baseline.
 */
public final class Comparison {
  /** The category name of the figures over all categories. */
  public static final String ALL = "(all)";

  private Comparison() {}

  /** Compares the models of these observations with the default bootstrap. */
  public static ComparisonResult of(List<Observation> observations) {
    return of(observations, Bootstrap.defaults());
  }

  /**
   * Compares the models of these observations.
   *
   * @throws IllegalArgumentException when there are none, or one model answered the same sample of
   *     a question twice under one variant
   */
  public static ComparisonResult of(List<Observation> observations, Bootstrap bootstrap) {
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("nothing to compare: no observations");
    }
    Set<String> models = new LinkedHashSet<>();
    Set<String> variants = new LinkedHashSet<>();
    Set<String> categories = new LinkedHashSet<>();
    Set<String> scores = new LinkedHashSet<>();
    // variant -> model -> question -> samples
    Map<String, Map<String, Map<String, List<Observation>>>> byVariant = new LinkedHashMap<>();
    Map<String, String> categoryOf = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Observation o : observations) {
      models.add(o.model());
      variants.add(o.variant());
      categories.add(o.category());
      scores.addAll(o.scores().keySet());
      if (!seen.add(o.model() + '\u0000' + o.variant() + '\u0000' + o.questionId() + '\u0000' + o.sample())) {
        throw new IllegalArgumentException("model " + o.model() + " answered sample " + o.sample()
            + " of question " + o.questionId() + (o.variant().isEmpty() ? "" : " under " + o.variant())
            + " twice");
      }
      categoryOf.putIfAbsent(o.questionId(), o.category());
      byVariant.computeIfAbsent(o.variant(), v -> new LinkedHashMap<>())
          .computeIfAbsent(o.model(), m -> new LinkedHashMap<>())
          .computeIfAbsent(o.questionId(), q -> new ArrayList<>())
          .add(o);
    }
    List<String> modelList = List.copyOf(models);
    List<String> scoreList = List.copyOf(scores);
    List<String> groups = new ArrayList<>();
    groups.add(ALL);
    groups.addAll(categories);
    List<ModelSummary> summaries = new ArrayList<>();
    List<PairedComparison> pairs = new ArrayList<>();
    for (String variant : variants) {
      Map<String, Map<String, List<Observation>>> answers = byVariant.get(variant);
      for (String group : groups) {
        List<String> questions = new ArrayList<>();
        for (String q : categoryOf.keySet()) {
          if (group.equals(ALL) || categoryOf.get(q).equals(group)) {
            questions.add(q);
          }
        }
        Group g = new Group(variant, group, questions, modelList, scoreList, answers);
        g.compute(bootstrap, summaries, pairs);
      }
    }
    return new ComparisonResult(modelList, List.copyOf(variants), List.copyOf(categories), scoreList,
        List.copyOf(summaries), List.copyOf(pairs), bootstrap.seed(), bootstrap.resamples());
  }

  /** One variant and category: the questions, each model's outcomes on them, and their columns. */
  private record Group(
      String variant, String category, List<String> questions, List<String> models,
      List<String> scores, Map<String, Map<String, List<Observation>>> answers) {

    void compute(Bootstrap bootstrap, List<ModelSummary> summaries, List<PairedComparison> pairs) {
      int n = questions.size();
      int width = 1 + scores.size();
      // outcomes[m][q], null where model m did not answer question q
      QuestionOutcomes[][] outcomes = new QuestionOutcomes[models.size()][n];
      for (int m = 0; m < models.size(); m++) {
        Map<String, List<Observation>> mine = answers.getOrDefault(models.get(m), Map.of());
        for (int q = 0; q < n; q++) {
          List<Observation> samples = mine.get(questions.get(q));
          outcomes[m][q] = samples == null ? null : QuestionOutcomes.of(questions.get(q), samples, scores);
        }
      }
      // Columns: per model, its pass share then each score; then per other model, the paired
      // differences from the baseline in the same order. All resampled with the same draws.
      List<double[]> columns = new ArrayList<>();
      for (int m = 0; m < models.size(); m++) {
        for (int c = 0; c < width; c++) {
          columns.add(column(outcomes[m], c));
        }
      }
      List<int[]> differences = new ArrayList<>();
      for (int m = 1; m < models.size(); m++) {
        for (int c = 0; c < width; c++) {
          differences.add(new int[] {c, m * width + c});
        }
      }
      List<Estimate> estimates = bootstrap.meansAndDifferences(columns, differences);
      for (int m = 0; m < models.size(); m++) {
        if (answers.containsKey(models.get(m)) && answeredAny(outcomes[m])) {
          summaries.add(summary(m, outcomes[m], estimates.subList(m * width, (m + 1) * width)));
        }
      }
      for (int m = 1; m < models.size(); m++) {
        if (answeredAny(outcomes[0]) && answeredAny(outcomes[m])) {
          int at = (models.size() + m - 1) * width;
          pairs.add(pair(m, outcomes[0], outcomes[m], estimates.subList(at, at + width)));
        }
      }
    }

    private static boolean answeredAny(QuestionOutcomes[] outcomes) {
      for (QuestionOutcomes o : outcomes) {
        if (o != null) {
          return true;
        }
      }
      return false;
    }

    private static double[] column(QuestionOutcomes[] outcomes, int c) {
      double[] out = new double[outcomes.length];
      for (int q = 0; q < out.length; q++) {
        QuestionOutcomes o = outcomes[q];
        out[q] = o == null ? Double.NaN : c == 0 ? o.passShare() : o.scoreMeans()[c - 1];
      }
      return out;
    }

    private ModelSummary summary(int m, QuestionOutcomes[] outcomes, List<Estimate> estimates) {
      int answered = 0;
      int passed = 0;
      int samples = 0;
      int all = 0;
      int any = 0;
      int changed = 0;
      for (QuestionOutcomes o : outcomes) {
        if (o == null) {
          continue;
        }
        answered++;
        passed += o.passes();
        samples = Math.max(samples, o.samples());
        all += o.passedAll() ? 1 : 0;
        any += o.passedAny() ? 1 : 0;
        changed += o.changed() ? 1 : 0;
      }
      Map<String, Estimate> means = new LinkedHashMap<>();
      for (int s = 0; s < scores.size(); s++) {
        if (estimates.get(s + 1).n() > 0) {
          means.put(scores.get(s), estimates.get(s + 1));
        }
      }
      Estimate passRate;
      String method;
      boolean repeats = samples > 1;
      if (repeats) {
        passRate = estimates.get(0);
        method = "bootstrap";
      } else {
        Proportion wilson = Proportion.wilson(passed, answered);
        passRate = new Estimate(wilson.rate(), wilson.interval(), answered, wilson.caveat());
        method = "wilson";
      }
      return new ModelSummary(models.get(m), variant, category, answered, samples, passRate, method,
          Collections.unmodifiableMap(means),
          repeats ? Optional.of(Proportion.wilson(all, answered)) : Optional.empty(),
          repeats ? Optional.of(Proportion.wilson(any, answered)) : Optional.empty(),
          repeats ? Optional.of(Proportion.wilson(changed, answered)) : Optional.empty());
    }

    private PairedComparison pair(
        int m, QuestionOutcomes[] base, QuestionOutcomes[] other, List<Estimate> differences) {
      int paired = 0;
      int unpaired = 0;
      List<String> onlyModel = new ArrayList<>();
      List<String> onlyBaseline = new ArrayList<>();
      for (int q = 0; q < base.length; q++) {
        if (base[q] == null && other[q] == null) {
          continue;
        }
        if (base[q] == null || other[q] == null) {
          unpaired++;
          continue;
        }
        paired++;
        boolean b = base[q].passedMostly();
        boolean o = other[q].passedMostly();
        if (o && !b) {
          onlyModel.add(questions.get(q));
        } else if (b && !o) {
          onlyBaseline.add(questions.get(q));
        }
      }
      McNemar test = McNemar.exact(onlyBaseline.size(), onlyModel.size());
      Map<String, Estimate> means = new LinkedHashMap<>();
      for (int s = 0; s < scores.size(); s++) {
        if (differences.get(s + 1).n() > 0) {
          means.put(scores.get(s), differences.get(s + 1));
        }
      }
      Estimate passDifference = differences.get(0);
      return new PairedComparison(models.get(m), models.get(0), variant, category, paired, unpaired,
          test, passDifference, Collections.unmodifiableMap(means), List.copyOf(onlyModel),
          List.copyOf(onlyBaseline),
          Verdict.of(models.get(m), models.get(0), paired, unpaired, test, passDifference.interval(),
              passDifference.value()));
    }
  }
}
