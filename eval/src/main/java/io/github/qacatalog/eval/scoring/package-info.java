/**
 * How an evaluation grades a response: the {@link io.github.qacatalog.eval.scoring.Scorer}
 * interface and its value types.
 */
package io.github.qacatalog.eval.scoring;
