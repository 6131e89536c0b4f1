/**
 * The LLM judge: a {@link io.github.qacatalog.eval.scorer.judge.Rubric} (criteria with their labels),
 * {@link io.github.qacatalog.eval.scorer.judge.RubricJudge} that grades by it, and its {@link
 * io.github.qacatalog.eval.scorer.judge.Verdict}.
 */
package io.github.qacatalog.eval.scorer.judge;
