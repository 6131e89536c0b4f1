package io.github.qacatalog.example;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.export.QaCsvWriter;
import io.github.qacatalog.export.QaJsonLinesWriter;
import io.github.qacatalog.export.QaMarkdownWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes both catalogs out for evaluation tools: {@code NAME.jsonl}, {@code NAME.csv} and {@code
 * NAME.md} (the catalog rendered back to the Question/Answer format) into the directory given as
 * the first argument, {@code target/qa-export} by default.
 */
public final class ExportCatalogs {
  private ExportCatalogs() {}

  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "target/qa-export");
    export(directory, "qa", QaCatalog.categories(), QaCatalog.all());
    export(directory, "deep-dive", DeepDiveCatalog.categories(), DeepDiveCatalog.all());
  }

  static void export(Path directory, String name, List<QaCategory> categories, List<QaItem> items)
      throws IOException {
    Files.createDirectories(directory);
    Path jsonLines = directory.resolve(name + ".jsonl");
    Path csv = directory.resolve(name + ".csv");
    Path markdown = directory.resolve(name + ".md");
    try (Writer out = Files.newBufferedWriter(jsonLines, StandardCharsets.UTF_8)) {
      QaJsonLinesWriter.write(items, out);
    }
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      QaCsvWriter.write(items, out);
    }
    Files.writeString(markdown, QaMarkdownWriter.render(categories), StandardCharsets.UTF_8);
    System.out.printf("%-10s %3d questions -> %s, %s, %s%n", name, items.size(), jsonLines, csv, markdown);
  }
}
