package io.github.qacatalog.eval.compare;

import java.util.List;

/**
 * What one model did on one question over its samples.
 *
 * @param questionId the question
 * @param samples how many samples it answered
 * @param passes how many of them passed
 * @param scoreMeans the mean of each score over the samples, by the comparison's score order; NaN
 *     when missing
 */
record QuestionOutcomes(String questionId, int samples, int passes, double[] scoreMeans) {

  static QuestionOutcomes of(String questionId, List<Observation> samples, List<String> scoreNames) {
    int passes = 0;
    double[] sums = new double[scoreNames.size()];
    int[] counts = new int[scoreNames.size()];
    for (Observation o : samples) {
      passes += o.passed() ? 1 : 0;
      for (int s = 0; s < sums.length; s++) {
        Double v = o.scores().get(scoreNames.get(s));
        if (v != null && !v.isNaN()) {
          sums[s] += v;
          counts[s]++;
        }
      }
    }
    for (int s = 0; s < sums.length; s++) {
      sums[s] = counts[s] == 0 ? Double.NaN : sums[s] / counts[s];
    }
    return new QuestionOutcomes(questionId, samples.size(), passes, sums);
  }

  double passShare() {
    return (double) passes / samples;
  }

  /** The question's one outcome for a paired test: passed in more than half of its samples. */
  boolean passedMostly() {
    return 2 * passes > samples;
  }

  boolean passedAll() {
    return passes == samples;
  }

  boolean passedAny() {
    return passes > 0;
  }

  boolean changed() {
    return passes > 0 && passes < samples;
  }
}
