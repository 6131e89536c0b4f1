/**
 * Reports of a run: the {@link io.github.qacatalog.eval.report.ReportWriter} extension point (it
 * only ever receives masked results), the CSV report, the console table and closing line, and
 * progress as a {@link io.github.qacatalog.eval.report.RunListener}.
 */
package io.github.qacatalog.eval.report;
