/**
 * A self-contained HTML report of a run: {@link io.github.qacatalog.eval.report.html.HtmlReport}
 * renders a {@link io.github.qacatalog.eval.report.html.ReportData} (a view model of plain records,
 * independent of how results are computed) into one {@code report.html} with inline CSS, script
 * and SVG, and writes the same data as {@code report-data.json} for the review page.
 */
package io.github.qacatalog.eval.report.html;
