/**
 * Responses collected elsewhere, and a person's grades of them: a spreadsheet exported to CSV, or
 * JSON Lines, read by {@link io.github.qacatalog.eval.recorded.RecordedReader}, matched to the
 * catalog's questions, and replayed by {@link io.github.qacatalog.eval.recorded.RecordedModel} so
 * that an evaluation scores them without calling any model. See {@code
 * docs/recorded-and-hand-grades.md}.
 */
package io.github.qacatalog.eval.recorded;
