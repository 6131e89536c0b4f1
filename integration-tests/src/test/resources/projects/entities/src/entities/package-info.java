/** Questions with HTML entities, which commonmark decodes from a table it loads as a resource. */
@QaSource("QA.md")
package entities;

import io.github.qacatalog.QaSource;
