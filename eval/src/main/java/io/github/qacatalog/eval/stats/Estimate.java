package io.github.qacatalog.eval.stats;

import java.util.Optional;

/**
 * A mean (or a difference of means) with its 95 % interval.
 *
 * @param value the point estimate, NaN when there was no value
 * @param interval the 95 % interval
 * @param n how many values (questions) it rests on
 * @param caveat why the figure says little, in words, when it does
 */
public record Estimate(double value, Interval interval, int n, Optional<String> caveat) {}
