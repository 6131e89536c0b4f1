/**
 * How well an LLM judge grades as a person does, criterion by criterion: pairs, exact agreement,
 * Cohen's kappa (quadratically weighted for ordered labels, plain for two) with its interval, the
 * confusion matrix and every disagreement, as a console table and {@code agreement.csv}.
 */
package io.github.qacatalog.eval.agreement;
