/**
 * Evaluates a language model on a compiled question catalog: every question is asked with a
 * context, each answer is scored against the gold answer or checked for a refusal, and the run is
 * logged so that it can resume and be reported.
 */
package io.github.qacatalog.eval;
