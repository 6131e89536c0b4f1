/**
 * Scores of a response: semantic similarity to the gold answer, token F1, refusal detection, and an
 * LLM judge's verdict.
 */
package io.github.qacatalog.eval.score;
