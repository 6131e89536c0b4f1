/** A catalog with paraphrases, generated from {@code qa/eval-paraphrases.md}. */
@QaSource(value = "qa/eval-paraphrases.md", className = "ParaphrasedCatalog")
package io.github.qacatalog.eval.paraphrased;

import io.github.qacatalog.QaSource;
