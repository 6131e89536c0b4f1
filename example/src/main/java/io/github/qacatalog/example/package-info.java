/** Evaluation questions about the portfolio, compiled from {@code qa/QA.md}. */
@QaSource("qa/QA.md")
package io.github.qacatalog.example;

import io.github.qacatalog.QaSource;
