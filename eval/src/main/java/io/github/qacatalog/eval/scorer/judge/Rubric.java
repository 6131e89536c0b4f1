package io.github.qacatalog.eval.scorer.judge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a grader (a judge or a person) grades: criteria, each with its labels, and how a set of
 * labels becomes a score and a pass.
 *
 * <p>The score of a grading is the weighted mean of the values of its labels (see {@link
 * Criterion#value}). It passes when every criterion is graded with a passing label, or, when
 * {@link #passScore()} is set, when the score reaches it instead.
 *
 * <pre>{@code
 * Rubric mine = Rubric.of("portfolio",
 *     Criterion.of("completeness", "Full", "Partial"),
 *     Criterion.of("accuracy", "Perfect", "Minor Error", "Major Error"),
 *     Criterion.of("conciseness", "Concise", "Verbose").weighted(0.5),
 *     Criterion.of("format", "Followed", "Ignored").weighted(0.5));
 * }</pre>
 *
 * @param name a short name, part of a verdict's cache key
 * @param criteria the criteria, at least one, with distinct names
 * @param passScore the score a grading must reach to pass, or empty to require every criterion to
 *     pass
 */
public record Rubric(String name, List<Criterion> criteria, OptionalDouble passScore) {

  /**
   * The default rubric: completeness {@code full, partial, none}, accuracy {@code accurate, partly,
   * inaccurate}, hallucinations {@code none, minor, major}, format {@code ok, poor}.
   */
  public static final Rubric DEFAULT = of("default",
      Criterion.of("completeness", "full", "partial", "none")
          .described("full if the response gives every key point of the gold answer, partial if"
              + " some, none if none (a response that declines to answer gives none)"),
      Criterion.of("accuracy", "accurate", "partly", "inaccurate")
          .described("accurate if everything the response states agrees with the gold answer,"
              + " partly if it gets a secondary point wrong, inaccurate if its main point"
              + " contradicts the gold answer"),
      Criterion.of("hallucinations", "none", "minor", "major")
          .described("claims that neither the gold answer nor the question supports: minor for a"
              + " detail that does not change the answer, major for one that changes it or"
              + " would mislead"),
      Criterion.of("format", "ok", "poor")
          .described("ok if the response is direct, readable and of a sensible length"));

  /** Checks the rubric. */
  public Rubric {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a rubric needs a name");
    }
    criteria = List.copyOf(criteria);
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("rubric " + name + " has no criteria");
    }
    for (int i = 0; i < criteria.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (criteria.get(i).name().equals(criteria.get(j).name())) {
          throw new IllegalArgumentException(
              "rubric " + name + " has the criterion " + criteria.get(i).name() + " twice");
        }
      }
    }
    Objects.requireNonNull(passScore, "passScore");
    passScore.ifPresent(s -> {
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException("a pass score is between 0 and 1: " + s);
      }
    });
  }

  /** A rubric whose gradings pass when every criterion passes. */
  public static Rubric of(String name, Criterion... criteria) {
    return new Rubric(name, List.of(criteria), OptionalDouble.empty());
  }

  /** This rubric, passing a grading whose score reaches {@code score} instead. */
  public Rubric passingAtScore(double score) {
    return new Rubric(name, criteria, OptionalDouble.of(score));
  }

  /** The criterion of that name. */
  public Optional<Criterion> criterion(String name) {
    return criteria.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The weighted mean of the values of the labels given, over the criteria graded; NaN when none
   * is. Keys are criterion names, values labels in any case.
   *
   * @throws IllegalArgumentException for an unknown criterion or label
   */
  public double score(Map<String, String> labels) {
    double sum = 0;
    double weights = 0;
    for (Map.Entry<String, String> e : checked(labels).entrySet()) {
      Criterion c = criterion(e.getKey()).orElseThrow();
      sum += c.weight() * c.value(e.getValue());
      weights += c.weight();
    }
    return weights == 0 ? Double.NaN : sum / weights;
  }

  /**
   * Whether a grading passes. Without a {@link #passScore()}, it passes when every criterion of
   * the rubric is graded with a passing label; with one, when its {@link #score} reaches it. A
   * grading of no criterion never passes.
   */
  public boolean passes(Map<String, String> labels) {
    Map<String, String> checked = checked(labels);
    if (checked.isEmpty()) {
      return false;
    }
    if (passScore.isPresent()) {
      return score(checked) >= passScore.getAsDouble();
    }
    return criteria.stream().allMatch(
        c -> checked.containsKey(c.name()) && c.passes(checked.get(c.name())));
  }

  /**
   * A text that changes whenever anything that decides a verdict changes (names, descriptions,
   * labels, passing labels, weights, the pass score): part of a verdict's cache key.
   */
  public String fingerprint() {
    StringBuilder out = new StringBuilder(name);
    for (Criterion c : criteria) {
      out.append('\u0000').append(c.name()).append('\u0001').append(c.description())
          .append('\u0001').append(String.join("\u0002", c.labels()))
          .append('\u0001').append(c.passingLabels()).append('\u0001').append(c.weight());
    }
    passScore.ifPresent(s -> out.append('\u0000').append(s));
    return out.toString();
  }

  private Map<String, String> checked(Map<String, String> labels) {
    Map<String, String> out = new LinkedHashMap<>();
    labels.forEach((criterion, label) -> {
      Criterion c = criterion(criterion).orElseThrow(() -> new IllegalArgumentException(
          "rubric " + name + " has no criterion " + criterion));
      out.put(criterion, c.label(label).orElseThrow(() -> new IllegalArgumentException(
          "criterion " + criterion + " has no label " + label + "; its labels: "
              + String.join(", ", c.labels()))));
    });
    return out;
  }
}
