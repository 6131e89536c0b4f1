/**
 * How an evaluation grades a response: the {@link io.github.qacatalog.eval.scorer.Scorer}
 * extension point, its value types, and the built-in scorers that compare with the gold answer
 * (similarity under an embedding model, token F1), each with its algorithm.
 */
package io.github.qacatalog.eval.scorer;
