package io.github.qacatalog.bench;

import java.nio.charset.StandardCharsets;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The floor of a cold build: commonmark's first parse of a file in a fresh JVM, nothing compiled
 * by the JIT yet. Prints one {@code RESULT coldFloor=<nanoseconds>} line.
 */
public final class ColdFloorRun {
  private ColdFloorRun() {}

  /** Arguments: questions, sections. */
  public static void main(String[] args) {
    byte[] file = SyntheticQuestionFile.generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 42);
    long cpu = Clock.processCpu();
    long start = System.nanoTime();
    String text = new String(file, StandardCharsets.UTF_8);
    Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    if (parser.parse(text).getFirstChild() == null) {
      throw new IllegalStateException("commonmark read nothing");
    }
    long elapsed = System.nanoTime() - start;
    System.out.println("RESULT coldFloor=" + elapsed + " coldFloorCpu=" + (Clock.processCpu() - cpu));
  }
}
