/**
 * The shipped graded set (src/test/resources/graded/): its catalog, generated from {@code
 * graded/graded-qa.md}, and what the set tells about the default scores' thresholds.
 */
@QaSource(value = "graded/graded-qa.md", className = "GradedCatalog")
package io.github.qacatalog.eval.recorded.graded;

import io.github.qacatalog.QaSource;
