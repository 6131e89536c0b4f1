package io.github.qacatalog.eval.compare;

import io.github.qacatalog.eval.stats.Estimate;
import io.github.qacatalog.eval.stats.McNemar;
import java.util.List;
import java.util.Map;

/**
 * One model against the baseline on the questions both answered, for one variant and category.
 *
 * @param model the model
 * @param baseline the baseline model
 * @param variant the variant
 * @param category the category, or {@link Comparison#ALL}
 * @param pairs how many questions both answered
 * @param unpaired how many questions only one of them answered, left out of the pairing
 * @param mcnemar McNemar's exact test on each question's outcome (with repeats: passed in more
 *     than half of its samples)
 * @param passRateDifference the model's pass rate minus the baseline's, paired bootstrap interval
 * @param meanDifferences the model's mean minus the baseline's for each score, paired bootstrap
 *     interval over the questions where both have it
 * @param onlyModelPasses the questions the model passes and the baseline fails
 * @param onlyBaselinePasses the questions the baseline passes and the model fails
 * @param verdict in words, what the data shows and what it can't
 */
public record PairedComparison(
    String model, String baseline, String variant, String category, int pairs, int unpaired,
    McNemar mcnemar, Estimate passRateDifference, Map<String, Estimate> meanDifferences,
    List<String> onlyModelPasses, List<String> onlyBaselinePasses, String verdict) {}
