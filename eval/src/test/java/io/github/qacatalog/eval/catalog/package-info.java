/** The catalog the tests evaluate, generated from {@code qa/eval-test.md}. */
@QaSource("qa/eval-test.md")
package io.github.qacatalog.eval.catalog;

import io.github.qacatalog.QaSource;
