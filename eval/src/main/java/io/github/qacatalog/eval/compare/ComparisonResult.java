package io.github.qacatalog.eval.compare;

import java.util.List;
import java.util.Optional;

/**
 * The figures of a comparison.
 *
 * @param models the models, baseline first
 * @param variants the variants
 * @param categories the categories, without {@link Comparison#ALL}
 * @param scoreNames the scores, in order of first appearance
 * @param summaries per model, variant and category (and {@link Comparison#ALL}, first of each variant)
 * @param pairs each model but the baseline against it, per variant and category
 * @param seed the bootstrap's seed
 * @param resamples the bootstrap's number of resamples
 */
public record ComparisonResult(
    List<String> models, List<String> variants, List<String> categories, List<String> scoreNames,
    List<ModelSummary> summaries, List<PairedComparison> pairs, long seed, int resamples) {

  /** The summary of a model, variant and category. */
  public Optional<ModelSummary> summary(String model, String variant, String category) {
    return summaries.stream()
        .filter(s -> s.model().equals(model) && s.variant().equals(variant) && s.category().equals(category))
        .findFirst();
  }

  /** A model against the baseline for a variant and category. */
  public Optional<PairedComparison> pair(String model, String variant, String category) {
    return pairs.stream()
        .filter(p -> p.model().equals(model) && p.variant().equals(variant) && p.category().equals(category))
        .findFirst();
  }

  /** The baseline model. */
  public String baseline() {
    return models.get(0);
  }
}
