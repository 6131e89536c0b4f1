package io.github.qacatalog.eval.compare;

import io.github.qacatalog.eval.stats.Estimate;
import io.github.qacatalog.eval.stats.Proportion;
import java.util.Map;
import java.util.Optional;

/**
 * One model's figures for one variant and category (or {@link Comparison#ALL}).
 *
 * @param model the model
 * @param variant the variant
 * @param category the category, or {@link Comparison#ALL}
 * @param questions how many questions it answered
 * @param samples the most samples of any question (1 without repeats)
 * @param passRate the share of answers that passed, with its 95 % interval: Wilson over the
 *     questions with one sample each, a bootstrap over questions of each question's share of
 *     passing samples with repeats (the samples of a question are not independent)
 * @param passRateMethod {@code wilson} or {@code bootstrap}
 * @param means the mean of each score over the questions (each question's mean over its samples),
 *     with its bootstrap interval
 * @param passAll with repeats: the share of questions passed in every sample (pass^n), Wilson
 * @param passAny with repeats: the share of questions passed in at least one sample (pass@n), Wilson
 * @param changed with repeats: the share of questions whose outcome changed between samples, Wilson
 */
public record ModelSummary(
    String model, String variant, String category, int questions, int samples,
    Estimate passRate, String passRateMethod, Map<String, Estimate> means,
    Optional<Proportion> passAll, Optional<Proportion> passAny, Optional<Proportion> changed) {

  /** The figures' caveats, if any, in one sentence each. */
  public Optional<String> caveat() {
    return passRate.caveat();
  }
}
