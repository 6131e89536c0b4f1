/** How the report page is put together: escaping, the embedded data, the chart, the page. */
package io.github.qacatalog.eval.report.html.internal;
