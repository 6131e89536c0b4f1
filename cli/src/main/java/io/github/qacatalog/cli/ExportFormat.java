package io.github.qacatalog.cli;

import io.github.qacatalog.export.QaCsvWriter;
import io.github.qacatalog.export.QaJsonLinesWriter;
import io.github.qacatalog.export.QaMarkdownWriter;
import io.github.qacatalog.processor.RuntimeCatalog;
import java.io.Writer;

/** The formats of {@code export}, each written by its writer in qacatalog-export. */
enum ExportFormat {
  JSONL {
    @Override
    void write(RuntimeCatalog catalog, Writer out) {
      QaJsonLinesWriter.write(catalog.all(), out);
    }
  },
  CSV {
    @Override
    void write(RuntimeCatalog catalog, Writer out) {
      QaCsvWriter.write(catalog.all(), out);
    }
  },
  MD {
    @Override
    void write(RuntimeCatalog catalog, Writer out) {
      QaMarkdownWriter.write(catalog.categories(), out);
    }
  };

  /** Writes the whole export to {@code out}, as it goes: an export is about as large as its file. */
  abstract void write(RuntimeCatalog catalog, Writer out);
}
