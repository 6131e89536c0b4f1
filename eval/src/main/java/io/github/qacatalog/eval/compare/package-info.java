/**
 * Compares models (and variants of a prompt or context) on the same questions: per model, variant
 * and category the pass rate and mean scores with intervals, each model against the first (the
 * baseline) with McNemar's exact test and paired bootstrap intervals, a run against an earlier one
 * question by question, thresholds that fail a build, and the console table, {@code summary.csv}
 * and JUnit XML that show them. Works on plain {@link io.github.qacatalog.eval.compare.Observation}s,
 * whatever ran the questions.
 */
package io.github.qacatalog.eval.compare;
