package io.github.qacatalog.bench;

import java.util.Locale;

/**
 * The floor of javac's share of a build: javac, in a fresh JVM, on the barest typed layout of the
 * same number of questions, one class holding enums of up to 1,000 bare constants and nothing
 * else (100 enums for 100,000 questions). Prints one {@code RESULT} line: the elapsed time and the
 * CPU time of the process (every thread) in nanoseconds.
 */
public final class BareLayoutJavacRun {
  private BareLayoutJavacRun() {}

  /** Arguments: questions (and sections, which the bare layout does not use). */
  public static void main(String[] args) {
    String source = source(Integer.parseInt(args[0]));
    long cpu = Clock.processCpu();
    long start = System.nanoTime();
    InMemoryJavac.compile("bench.bare.Bare", source);
    long elapsed = System.nanoTime() - start;
    cpu = Clock.processCpu() - cpu;
    System.out.println(String.format(Locale.ROOT, "RESULT bareJavac=%d bareJavacCpu=%d", elapsed, cpu));
  }

  /** {@code package bench.bare; public final class Bare { public enum E1 { Q1, Q2, ... } ... }}. */
  static String source(int questions) {
    StringBuilder out = new StringBuilder(questions * 12 + 100);
    out.append("package bench.bare;\n\npublic final class Bare {\n");
    for (int first = 1; first <= questions; first += 1_000) {
      out.append("  public enum E").append(first / 1_000 + 1).append(" {\n");
      int last = Math.min(questions, first + 999);
      for (int q = first; q <= last; q++) {
        out.append("    Q").append(q).append(q < last ? ",\n" : "\n");
      }
      out.append("  }\n\n");
    }
    return out.append("}\n").toString();
  }
}
