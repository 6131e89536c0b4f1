/**
 * Baselines: stand-in models that need no network and no key, labelled as baselines wherever they
 * are printed.
 */
package io.github.qacatalog.eval.baseline;
