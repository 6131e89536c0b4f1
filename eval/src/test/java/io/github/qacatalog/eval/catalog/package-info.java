/** The catalog the tests evaluate, generated from {@code qa/eval-test.md}. */
@QaSource(value = "qa/eval-test.md", accept = "empty-answer") // "price" has no answer on purpose
package io.github.qacatalog.eval.catalog;

import io.github.qacatalog.QaSource;
