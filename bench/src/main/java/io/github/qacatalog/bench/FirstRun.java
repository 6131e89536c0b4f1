package io.github.qacatalog.bench;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import java.util.Locale;

/**
 * The processor's first run in a fresh JVM, nothing compiled by the JIT yet: what one build pays
 * for it. Prints one {@code RESULT} line: the elapsed time and the CPU time of the process (every
 * thread) in nanoseconds.
 */
public final class FirstRun {
  private FirstRun() {}

  /** Arguments: questions, sections. */
  public static void main(String[] args) {
    byte[] file = SyntheticQuestionFile.generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 42);
    long cpu = Clock.processCpu();
    long start = System.nanoTime();
    CatalogCompiler.Result result = CatalogCompiler.compile(file, "bench.generated", "QaCatalog", "qa/QA.md",
        new Diagnostics());
    long elapsed = System.nanoTime() - start;
    cpu = Clock.processCpu() - cpu;
    if (result.javaFile().isEmpty()) {
      throw new IllegalStateException("the synthetic file has errors: " + result.diagnostics().inFileOrder());
    }
    System.out.println(String.format(Locale.ROOT, "RESULT cold=%d coldCpu=%d", elapsed, cpu));
  }
}
