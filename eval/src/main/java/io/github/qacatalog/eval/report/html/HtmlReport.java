package io.github.qacatalog.eval.report.html;

import io.github.qacatalog.eval.report.html.internal.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code report.html}: one self-contained file (inline CSS, script and SVG; no network)
 * that opens from disk in any current browser, and {@code report-data.json} beside it for the
 * review page.
 *
 * <pre>{@code
 * Path page = HtmlReport.write(data, Path.of("target/qa-eval"));
 * System.out.println(page.toUri());
 * }</pre>
 */
public final class HtmlReport {
  /** The report's file name in an output directory. */
  public static final String NAME = "report.html";

  private HtmlReport() {}

  /** The page as text. */
  public static String render(ReportData data) {
    return Page.render(data, null);
  }

  /**
   * Writes {@code report.html} and {@code report-data.json} into {@code outputDir}, creating it
   * when needed, and returns the page's path.
   */
  public static Path write(ReportData data, Path outputDir) throws IOException {
    Files.createDirectories(outputDir);
    String json = ReportDataFile.toJson(data);
    Files.writeString(outputDir.resolve(ReportDataFile.NAME), json);
    Path page = outputDir.resolve(NAME);
    Files.writeString(page, Page.render(data, json, null));
    return page;
  }
}
