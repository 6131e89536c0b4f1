/** The seed questions, compiled with the question file named relative to {@code -Aqacatalog.root}. */
@QaSource("QA.md")
package demo;

import io.github.qacatalog.QaSource;
