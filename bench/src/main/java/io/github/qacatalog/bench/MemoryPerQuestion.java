package io.github.qacatalog.bench;

import io.github.qacatalog.export.QaJsonLinesWriter;
import io.github.qacatalog.processor.RuntimeCatalog;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.generate.CatalogGenerator;
import io.github.qacatalog.processor.generate.CatalogLayout;
import io.github.qacatalog.processor.generate.ClassFileLimits;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.CatalogBuilder;
import io.github.qacatalog.processor.parse.ParsedDocument;
import io.github.qacatalog.processor.parse.QuestionFileParser;
import io.github.qacatalog.processor.parse.SourceFile;
import io.github.qacatalog.processor.validate.Validator;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Where the heap goes when the command line checks and exports a file of many short questions:
 * the bytes each stage keeps alive, per question, measured after a full collection while every
 * earlier stage is still held, as {@code check} and {@code export} hold them. The file is the
 * shape that the probe of issue 17 used: one short numbered question a line, a hundred sections,
 * about 33 bytes a question.
 *
 * <p>Run: {@code ./mvnw -q -B -pl bench -am -DskipTests -Pbench-memory verify}, or with {@code java
 * -Xmx6g -cp ... io.github.qacatalog.bench.MemoryPerQuestion 1000000}. The sum of the live sets is
 * what a heap must hold at the fullest moment of each command; the garbage a stage makes on the
 * way comes on top, which only a run under a small {@code -Xmx} shows (see docs/command-line.md, "Memory: a million questions in a 1 GB heap").
 */
public final class MemoryPerQuestion {
  private static final String PACKAGE = "bench.generated";
  private static final String CLASS = "QaCatalog";

  private MemoryPerQuestion() {}

  /** Arguments: the number of questions (default 200,000). */
  public static void main(String[] args) {
    int questions = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    List<String[]> rows = new ArrayList<>();
    long base = liveHeap();

    byte[] bytes = shortQuestions(questions, 100);
    long afterBytes = liveHeap();
    rows.add(row("file bytes", afterBytes - base, questions));

    SourceFile source = SourceFile.decode(bytes, new Diagnostics()).orElseThrow();
    long afterText = liveHeap();
    rows.add(row("decoded text and line index", afterText - afterBytes, questions));

    // The tree lives only inside the parser; measured alone, as the parser configures commonmark.
    Node tree = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(source.text());
    long afterTree = liveHeap();
    rows.add(row("commonmark tree (inside parse only)", afterTree - afterText, questions));
    keep(tree);
    tree = null;
    long beforeParse = liveHeap();

    Diagnostics diagnostics = new Diagnostics();
    ParsedDocument document = QuestionFileParser.parse(source, diagnostics);
    long afterParse = liveHeap();
    rows.add(row("parsed document", afterParse - beforeParse, questions));

    Catalog catalog = CatalogBuilder.build(document, PACKAGE, CLASS, "qa/QA.md");
    long afterModel = liveHeap();
    rows.add(row("model (catalog)", afterModel - afterParse, questions));

    Validator.validate(catalog, diagnostics);
    CatalogLayout layout = CatalogLayout.of(catalog);
    ClassFileLimits.check(layout, diagnostics);
    long afterLayout = liveHeap();
    rows.add(row("validation problems and layout", afterLayout - afterModel, questions));

    long generated = -1;
    if (!diagnostics.hasErrors()) {
      String text = CatalogGenerator.generate(layout).text();
      generated = liveHeap() - afterLayout;
      keep(text);
    }
    rows.add(row("generated source (processor only)", generated, questions));

    RuntimeCatalog runtime = RuntimeCatalog.of(catalog);
    long afterRuntime = liveHeap();
    rows.add(row("runtime catalog (export)", afterRuntime - afterLayout, questions));
    long exported = countingExport(runtime);
    rows.add(row("JSON Lines written (bytes of output)", exported, questions));

    keep(bytes);
    keep(document);
    keep(layout);
    keep(runtime);
    System.out.printf(Locale.ROOT, "%,d questions, %,d bytes (%.1f bytes a question), heap max %,d MB%n",
        questions, bytes.length, bytes.length / (double) questions, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "%-42s %14s %12s%n", "stage (live after it)", "bytes", "per question");
    for (String[] row : rows) {
      System.out.printf(Locale.ROOT, "%-42s %14s %12s%n", (Object[]) row);
    }
    System.out.printf(Locale.ROOT, "check holds at its fullest: %,d bytes (%.0f a question)%n",
        afterLayout - base, (afterLayout - base) / (double) questions);
    System.out.printf(Locale.ROOT, "export holds at its fullest: %,d bytes (%.0f a question)%n",
        afterRuntime - base, (afterRuntime - base) / (double) questions);
  }

  /** {@code questions} numbered questions of one short line each, spread over {@code sections} sections. */
  static byte[] shortQuestions(int questions, int sections) {
    StringBuilder file = new StringBuilder(questions * 34);
    int number = 1;
    for (int section = 1; section <= sections; section++) {
      file.append("## Section ").append(section).append("\n\n");
      int inSection = questions / sections + (section <= questions % sections ? 1 : 0);
      for (int i = 0; i < inSection; i++, number++) {
        file.append(number).append(". What about item ").append(number).append("?\n");
      }
      file.append('\n');
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the export to a stream that only counts, as the command line streams it to stdout. */
  private static long countingExport(RuntimeCatalog catalog) {
    long[] count = new long[1];
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        count[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        count[0] += len;
      }
    };
    try (Writer out = new OutputStreamWriter(counting, StandardCharsets.UTF_8)) {
      QaJsonLinesWriter.write(catalog.all(), out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return count[0];
  }

  private static String[] row(String stage, long bytes, int questions) {
    if (bytes < 0) {
      return new String[] {stage, "(not run)", ""};
    }
    return new String[] {stage, String.format(Locale.ROOT, "%,d", bytes),
        String.format(Locale.ROOT, "%.0f", bytes / (double) questions)};
  }

  /** Bytes in use after full collections: what is still reachable. */
  private static long liveHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static volatile Object sink;

  /** Keeps {@code value} reachable up to here, so that a measurement after its last use still counts it. */
  private static void keep(Object value) {
    sink = value;
    sink = null;
  }
}
