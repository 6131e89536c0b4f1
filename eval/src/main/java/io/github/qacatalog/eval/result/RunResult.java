package io.github.qacatalog.eval.result;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Outcome;
import io.github.qacatalog.eval.compare.Comparison;
import io.github.qacatalog.eval.compare.ComparisonResult;
import io.github.qacatalog.eval.compare.Observation;
import io.github.qacatalog.eval.compare.Threshold;
import io.github.qacatalog.eval.compare.ThresholdCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The results of one run: one {@link ItemResult} per question (per wording, model, variant and
 * sample), in the order the questions were given, with counts, means and pass rates. It holds no I/O: every
 * report reads it, and its texts are already masked.
 *
 * <pre>{@code
 * RunResult result = evaluation.run();
 * assertThat(result.meanScore(QaCatalog.ProductFacts.class, "similarity")).isAtLeast(0.7);
 * assertThat(result.passRate(QaCatalog.OutOfScopeQa.class)).isEqualTo(1.0);
 * result.get(QaCatalog.OutOfScopeQa.Q37).assertPassed();
 * }</pre>
 */
public final class RunResult {
  private final List<String> models;
  private final List<ItemResult> items;
  private final Map<QaItem, ItemResult> byItem = new LinkedHashMap<>();
  private final int answersFromModel;
  private final int answersFromLog;
  private final int calls;
  private final List<Threshold> requirements;
  private ComparisonResult comparison;

  /** The results of a run of the given models, in order. */
  public RunResult(List<String> models, List<ItemResult> items) {
    this(models, items, List.of());
  }

  /**
   * The results of a run of the given models, in order, with the minimum figures the run must reach
   * (see {@link #check()}).
   */
  public RunResult(List<String> models, List<ItemResult> items, List<Threshold> requirements) {
    this.requirements = List.copyOf(requirements);
    this.models = List.copyOf(models);
    if (this.models.isEmpty()) {
      throw new IllegalArgumentException("a run has at least one model");
    }
    this.items = List.copyOf(items);
    int fromModel = 0;
    int fromLog = 0;
    int attempts = 0;
    for (ItemResult r : this.items) {
      byItem.putIfAbsent(r.item(), r);
      attempts += r.attempts();
      if (r.outcome() != Outcome.ERROR) {
        if (r.fromLog()) {
          fromLog++;
        } else {
          fromModel++;
        }
      }
    }
    this.answersFromModel = fromModel;
    this.answersFromLog = fromLog;
    this.calls = attempts;
  }

  /** The name of the model evaluated, the first when there are several. */
  public String model() {
    return models.get(0);
  }

  /** The names of the models evaluated, in order. */
  public List<String> models() {
    return models;
  }

  /** Every result, in the order the questions were given. */
  public List<ItemResult> items() {
    return items;
  }

  /**
   * The result of one question as written (of the first model, variant and sample when there are
   * several; the answers to its paraphrases are in {@link #items()});
   * throws {@link NoSuchElementException} when it was not in the run.
   */
  public ItemResult get(QaItem item) {
    ItemResult result = byItem.get(item);
    if (result == null) {
      throw new NoSuchElementException(item.id() + " (" + item.category().title() + ") was not evaluated");
    }
    return result;
  }

  /** The results of one category, named by its generated enum. */
  public <E extends Enum<E> & QaItem> List<ItemResult> inCategory(Class<E> category) {
    return select(inTitle(titleOf(category)));
  }

  /** The results of one category. */
  public List<ItemResult> inCategory(QaCategory category) {
    return select(inTitle(category.title()));
  }

  /** Answers the model gave in this run. */
  public int answersFromModel() {
    return answersFromModel;
  }

  /** Answers taken from the run log. */
  public int answersFromLog() {
    return answersFromLog;
  }

  /** Questions whose call failed after every retry: no answer. */
  public int errors() {
    return count(r -> r.outcome() == Outcome.ERROR);
  }

  /** Calls made to the models under test in this run, retries included (judge calls not). */
  public int calls() {
    return calls;
  }

  /** Questions asked: one per question wording, model, variant and sample; answers + errors. */
  public int questionsAsked() {
    return items.size();
  }

  /** The mean of a score over every question that has it; NaN when none has. */
  public double meanScore(String score) {
    return mean(items, score);
  }

  /** The mean of a score over a category's questions that have it; NaN when none has. */
  public <E extends Enum<E> & QaItem> double meanScore(Class<E> category, String score) {
    return mean(inCategory(category), score);
  }

  /** The mean of a score over a category's questions that have it; NaN when none has. */
  public double meanScore(QaCategory category, String score) {
    return mean(inCategory(category), score);
  }

  /**
   * The share of graded answers that passed, from 0 to 1: failed calls count as failed, questions
   * without a gold answer are left out, and each wording asked (the question and each paraphrase)
   * counts as an answer. NaN when no question was graded.
   */
  public double passRate() {
    return passRate(items);
  }

  /** {@link #passRate()} over one category. */
  public <E extends Enum<E> & QaItem> double passRate(Class<E> category) {
    return passRate(inCategory(category));
  }

  /** {@link #passRate()} over one category. */
  public double passRate(QaCategory category) {
    return passRate(inCategory(category));
  }

  /** Every score name, in the order first met. */
  public List<String> scoreNames() {
    Set<String> names = new LinkedHashSet<>();
    items.forEach(r -> names.addAll(r.scores().keySet()));
    return List.copyOf(names);
  }

  /** Every detail name, in the order first met. */
  public List<String> detailNames() {
    Set<String> names = new LinkedHashSet<>();
    items.forEach(r -> names.addAll(r.details().keySet()));
    return List.copyOf(names);
  }

  /** One row per category, in the order first met. */
  public List<CategorySummary> categories() {
    Map<String, List<ItemResult>> byCategory = new LinkedHashMap<>();
    items.forEach(r -> byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r));
    List<CategorySummary> rows = new ArrayList<>();
    List<String> names = scoreNames();
    byCategory.forEach((title, results) -> {
      Map<String, Double> means = new LinkedHashMap<>();
      for (String name : names) {
        double mean = mean(results, name);
        if (!Double.isNaN(mean)) {
          means.put(name, mean);
        }
      }
      rows.add(new CategorySummary(title, results.get(0).expectation(), results.size(),
          count(results, r -> r.outcome() == Outcome.PASSED),
          count(results, r -> r.outcome() == Outcome.FAILED),
          count(results, r -> r.outcome() == Outcome.NO_GOLD_ANSWER),
          count(results, r -> r.outcome() == Outcome.ERROR), means));
    });
    return rows;
  }

  /**
   * Per model, variant and question asked in more than one wording (the question and its
   * paraphrases), how many of its answers passed and the worst one, in the order the questions
   * were given; questions without a gold answer are left out (nothing grades them). Empty when no
   * question was asked in more than one wording.
   */
  public List<Consistency> consistency() {
    Map<List<Object>, List<ItemResult>> groups = new LinkedHashMap<>();
    for (ItemResult r : items) {
      if (r.outcome() != Outcome.NO_GOLD_ANSWER) {
        groups.computeIfAbsent(List.of(r.model(), r.variant(), r.item()), k -> new ArrayList<>())
            .add(r);
      }
    }
    List<String> scoreNames = scoreNames();
    List<Consistency> rows = new ArrayList<>();
    groups.forEach((key, answers) -> {
      int wordings = (int) answers.stream().mapToInt(ItemResult::wording).distinct().count();
      if (wordings < 2) {
        return;
      }
      String score = scoreNames.stream()
          .filter(name -> answers.stream().anyMatch(a -> a.scores().containsKey(name)))
          .findFirst().orElse(null);
      ItemResult worst = answers.get(0);
      for (ItemResult a : answers) {
        if (worse(a, worst, score)) {
          worst = a;
        }
      }
      ItemResult first = answers.get(0);
      rows.add(new Consistency(first.model(), first.variant(), first.id(), first.category(),
          first.question(), wordings, answers.size(), count(answers, ItemResult::passed), worst,
          score));
    });
    return rows;
  }

  private static boolean worse(ItemResult a, ItemResult b, String score) {
    int rankA = a.outcome() == Outcome.ERROR ? 0 : a.passed() ? 2 : 1;
    int rankB = b.outcome() == Outcome.ERROR ? 0 : b.passed() ? 2 : 1;
    if (rankA != rankB) {
      return rankA < rankB;
    }
    if (score == null) {
      return false;
    }
    double scoreA = a.score(score).orElse(Double.NEGATIVE_INFINITY);
    double scoreB = b.score(score).orElse(Double.NEGATIVE_INFINITY);
    return scoreA < scoreB;
  }

  /**
   * Every graded answer as an {@link Observation} of the comparison statistics: the one place where
   * results become their neutral input. Questions without a gold answer are left out (nothing
   * grades them); a failed call counts as failed, as in {@link #passRate()}. Samples count from 0
   * there. An answer to a paraphrase is an observation of its own, under {@link
   * ItemResult#wordingId()} ({@code <id>~p<n>}): pass rates count every wording, and two models
   * are paired on the same question in the same wording.
   */
  public List<Observation> observations() {
    List<Observation> observations = new ArrayList<>();
    for (ItemResult r : items) {
      if (r.outcome() == Outcome.NO_GOLD_ANSWER) {
        continue;
      }
      observations.add(new Observation(r.model(), r.variant(), r.wordingId(), r.category(),
          r.sample() - 1, r.passed(), r.scores(), r.asked(), r.response().orElse("")));
    }
    return observations;
  }

  /**
   * The statistics of this run: per model, variant and category the pass rate and mean scores with
   * their 95 % intervals, and each model against the first on the same questions (seeded, so the
   * same results give the same figures). Computed once.
   *
   * @throws IllegalStateException when no answer was graded
   */
  public synchronized ComparisonResult comparison() {
    if (comparison == null) {
      List<Observation> observations = observations();
      if (observations.isEmpty()) {
        throw new IllegalStateException("no graded answer to compare");
      }
      comparison = Comparison.of(observations);
    }
    return comparison;
  }

  /** The minimum figures this run must reach, as the evaluation required them. */
  public List<Threshold> requirements() {
    return requirements;
  }

  /**
   * The {@link #requirements()} checked against every model and variant: {@code
   * check().assertPassed()} in a JUnit test, {@code check().exitCode()} for a command line. Passes
   * when nothing is required.
   */
  public ThresholdCheck check() {
    if (requirements.isEmpty()) {
      return new ThresholdCheck(List.of(), 0);
    }
    return ThresholdCheck.of(comparison(), requirements);
  }

  @Override
  public String toString() {
    return "RunResult[" + models + ", " + items.size() + " questions, " + answersFromModel
        + " from the model, " + answersFromLog + " from the log, " + errors() + " failed]";
  }

  private static <E extends Enum<E> & QaItem> String titleOf(Class<E> category) {
    E[] constants = Objects.requireNonNull(category, "category").getEnumConstants();
    if (constants == null || constants.length == 0) {
      throw new IllegalArgumentException(category.getName() + " is no category enum with questions");
    }
    return constants[0].category().title();
  }

  private List<ItemResult> select(Predicate<ItemResult> filter) {
    return items.stream().filter(filter).toList();
  }

  private static Predicate<ItemResult> inTitle(String title) {
    return r -> r.category().equals(title);
  }

  private int count(Predicate<ItemResult> filter) {
    return count(items, filter);
  }

  private static int count(List<ItemResult> results, Predicate<ItemResult> filter) {
    return (int) results.stream().filter(filter).count();
  }

  private static double mean(List<ItemResult> results, String score) {
    return results.stream().filter(r -> r.scores().containsKey(score))
        .mapToDouble(r -> r.scores().get(score)).average().orElse(Double.NaN);
  }

  private static double passRate(List<ItemResult> results) {
    List<ItemResult> graded = results.stream()
        .filter(r -> r.outcome() != Outcome.NO_GOLD_ANSWER).toList();
    if (graded.isEmpty()) {
      return Double.NaN;
    }
    return (double) count(graded, ItemResult::passed) / graded.size();
  }
}
