package io.github.qacatalog.eval.calibration;

import io.github.qacatalog.eval.stats.Auc;
import io.github.qacatalog.eval.stats.ThresholdFit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one score compares with a person's verdicts.
 *
 * @param score the score's name
 * @param graded how many graded answers have it
 * @param personPasses how many of them the person passed
 * @param personFails how many the person failed
 * @param auc how well the score separates the two
 * @param best the threshold that agrees best with the person; empty when the data is too little
 *     to choose one (see {@link #caveat()})
 * @param configuredThreshold the threshold the run is configured with, if any
 * @param configured what the configured threshold gets
 * @param caveat why the figures say little, in words, when they do
 */
public record ScoreCalibration(
    String score, int graded, int personPasses, int personFails, Auc auc,
    Optional<ThresholdFit> best, OptionalDouble configuredThreshold, Optional<ThresholdFit> configured,
    Optional<String> caveat) {}
