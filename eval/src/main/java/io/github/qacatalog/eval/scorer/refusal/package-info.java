/**
 * The refusal scorer: whether a response says the information is not available. The detector's
 * logic is in {@link io.github.qacatalog.eval.scorer.refusal.RefusalDetector}, its phrasings apart.
 */
package io.github.qacatalog.eval.scorer.refusal;
