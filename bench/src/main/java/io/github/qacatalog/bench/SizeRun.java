package io.github.qacatalog.bench;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.generate.CatalogGenerator;
import io.github.qacatalog.processor.generate.CatalogLayout;
import io.github.qacatalog.processor.generate.ClassFileLimits;
import io.github.qacatalog.processor.generate.GeneratedJavaFile;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.CatalogBuilder;
import io.github.qacatalog.processor.parse.ParsedDocument;
import io.github.qacatalog.processor.parse.QuestionFileParser;
import io.github.qacatalog.processor.parse.SourceFile;
import io.github.qacatalog.processor.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Measures one file size in a JVM of its own, so that sizes do not warm the JIT or fill the heap
 * for each other. Prints one {@code RESULT} line of {@code key=value} pairs for {@link
 * QaCatalogBenchmark}.
 *
 * <p>The stages are those of {@link CatalogCompiler}, called one by one: parse (UTF-8 decoding and
 * {@code QuestionFileParser}, which runs commonmark), validate (naming, the validator, the layout
 * and the JVM limit check) and generate (the source text of the catalog class). The floor is commonmark
 * alone on the same text, configured as the parser configures it.
 */
public final class SizeRun {
  private static final String PACKAGE = "bench.generated";
  private static final String CLASS = "QaCatalog";

  private SizeRun() {}

  /** Arguments: questions, sections, warm-up runs, measured runs, whether to run javac. */
  public static void main(String[] args) {
    int questions = Integer.parseInt(args[0]);
    int sections = Integer.parseInt(args[1]);
    int warmups = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    boolean javac = Boolean.parseBoolean(args[4]);
    byte[] file = SyntheticQuestionFile.generate(questions, sections, 42);

    // The first run is what one build pays in a fresh JVM: nothing compiled by the JIT yet.
    long coldStart = System.nanoTime();
    String source = processWhole(file);
    long cold = System.nanoTime() - coldStart;

    for (int i = 0; i < warmups; i++) {
      processInStages(file);
      floor(file);
    }
    long[][] stages = new long[runs][];
    long[][] floors = new long[runs][];
    long allocated = 0;
    for (int i = 0; i < runs; i++) {
      long before = Clock.allocatedBytes();
      stages[i] = processInStages(file);
      allocated = Clock.allocatedBytes() - before;
      floors[i] = floor(file);
    }
    PeakHeap.reset();
    processWhole(file);
    long processorHeap = PeakHeap.read();

    long javacNanos = -1;
    long javacHeap = -1;
    if (javac) {
      PeakHeap.reset();
      long start = System.nanoTime();
      InMemoryJavac.compile(PACKAGE + "." + CLASS, source);
      javacNanos = System.nanoTime() - start;
      javacHeap = PeakHeap.read();
    }
    System.out.println(String.format(Locale.ROOT,
        "RESULT questions=%d bytes=%d sourceBytes=%d cold=%d parse=%d validate=%d generate=%d total=%d"
            + " floor=%d totalWall=%d floorWall=%d allocated=%d processorHeap=%d javac=%d javacHeap=%d",
        questions, file.length, source.length(), cold, median(stages, 0), median(stages, 1), median(stages, 2),
        median(stages, 3), median(floors, 0), median(stages, 4), median(floors, 1), allocated, processorHeap,
        javacNanos, javacHeap));
  }

  /** What the processor does for one build, through its entry point. */
  private static String processWhole(byte[] file) {
    CatalogCompiler.Result result = CatalogCompiler.compile(file, PACKAGE, CLASS, "qa/QA.md", new Diagnostics());
    GeneratedJavaFile javaFile = result.javaFile()
        .orElseThrow(() -> new IllegalStateException("the synthetic file has errors: "
            + result.diagnostics().inFileOrder()));
    return javaFile.toString();
  }

  /**
   * The same work as {@link #processWhole}, timed stage by stage: CPU nanoseconds of parse,
   * validate, generate and their total, then the elapsed nanoseconds of the whole.
   */
  private static long[] processInStages(byte[] file) {
    Diagnostics diagnostics = new Diagnostics();
    long wall = System.nanoTime();
    long start = Clock.cpu();
    Optional<SourceFile> source = SourceFile.decode(file, diagnostics);
    ParsedDocument document = QuestionFileParser.parse(source.orElseThrow(), diagnostics);
    long parsed = Clock.cpu();
    Catalog catalog = CatalogBuilder.build(document, PACKAGE, CLASS, "qa/QA.md");
    Validator.validate(catalog, diagnostics);
    CatalogLayout layout = CatalogLayout.of(catalog);
    ClassFileLimits.check(layout, diagnostics);
    long validated = Clock.cpu();
    if (diagnostics.hasErrors()) {
      throw new IllegalStateException("the synthetic file has errors: " + diagnostics.inFileOrder());
    }
    String text = CatalogGenerator.generate(layout).text();
    long generated = Clock.cpu();
    wall = System.nanoTime() - wall;
    if (text.isEmpty()) {
      throw new IllegalStateException("no source generated");
    }
    return new long[] {parsed - start, validated - parsed, generated - validated, generated - start, wall};
  }

  /**
   * CPU and elapsed nanoseconds commonmark alone takes for the file, decoding by the JDK included,
   * configured as the parser configures it (with source spans, which the parser needs to cut texts
   * out exactly).
   */
  private static long[] floor(byte[] file) {
    long wall = System.nanoTime();
    long start = Clock.cpu();
    String text = new String(file, StandardCharsets.UTF_8);
    Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    if (parser.parse(text).getFirstChild() == null) {
      throw new IllegalStateException("commonmark read nothing");
    }
    return new long[] {Clock.cpu() - start, System.nanoTime() - wall};
  }

  private static long median(long[][] runs, int stage) {
    long[] values = new long[runs.length];
    for (int i = 0; i < runs.length; i++) {
      values[i] = runs[i][stage];
    }
    return median(values);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
