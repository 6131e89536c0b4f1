package io.github.qacatalog.cli;

import io.github.qacatalog.export.QaCsvWriter;
import io.github.qacatalog.export.QaJsonLinesWriter;
import io.github.qacatalog.export.QaMarkdownWriter;
import io.github.qacatalog.processor.RuntimeCatalog;
import java.io.StringWriter;

/** The formats of {@code export}, each written by its writer in qacatalog-export. */
enum ExportFormat {
  JSONL {
    @Override
    String render(RuntimeCatalog catalog) {
      StringWriter out = new StringWriter();
      QaJsonLinesWriter.write(catalog.all(), out);
      return out.toString();
    }
  },
  CSV {
    @Override
    String render(RuntimeCatalog catalog) {
      StringBuilder out = new StringBuilder();
      QaCsvWriter.write(catalog.all(), out);
      return out.toString();
    }
  },
  MD {
    @Override
    String render(RuntimeCatalog catalog) {
      return QaMarkdownWriter.render(catalog.categories());
    }
  };

  /** The whole export, written before any of it is printed, so that a failure prints nothing. */
  abstract String render(RuntimeCatalog catalog);
}
