/** Questions kept in src/main/resources/qa/QA.md. */
@QaSource("qa/QA.md")
package demo;

import io.github.qacatalog.QaSource;
