package io.github.qacatalog.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures 40, 1,000, 10,000 and 100,000 questions and prints one table of each figure beside its
 * floor, measured in the same run, and their ratio:
 *
 * <ul>
 *   <li>the processor once warm (CPU time of the measuring thread, {@link SizeRun}) beside
 *       commonmark alone parsing the same file, warm;
 *   <li>the processor's first run in a fresh JVM ({@link FirstRun}) beside commonmark's first run
 *       ({@link ColdFloorRun});
 *   <li>a user's whole javac build, processor included ({@link WholeBuildRun}), beside javac on the
 *       barest layout of as many constants ({@link BareLayoutJavacRun}) plus commonmark's first
 *       run.
 * </ul>
 *
 * <p>Every fresh-JVM figure is the median of several rounds, the programs of one round run one
 * after the other, so that load from other work on the machine falls on figure and floor alike.
 * A second table gives the processor's stages, javac on the generated code alone, and memory.
 *
 * <p>Arguments, all optional: the sizes to run, for example {@code 1000 100000}.
 */
public final class QaCatalogBenchmark {
  private QaCatalogBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int[] sizes = args.length == 0 ? new int[] {40, 1_000, 10_000, 100_000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "qacatalog benchmark: Java %s, %d cores, max heap %,d MiB%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("Times in ms. warm: CPU time of the measuring thread, median of warm runs. first run and build:"
        + " elapsed, in a fresh JVM, median of the rounds (build cpu: the same ratio in CPU time of the whole process,"
        + " which other work on the machine disturbs less). x: figure / floor.");
    System.out.println();
    List<String[]> details = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%9s | %9s %10s %5s | %9s %10s %5s | %9s %10s %10s %9s %5s %9s%n",
        "", "processor", "commonmark", "", "processor", "commonmark", "", "javac +", "javac on", "commonmark", "", "", "build");
    System.out.printf(Locale.ROOT, "%9s | %9s %10s %5s | %9s %10s %5s | %9s %10s %10s %9s %5s %9s%n",
        "questions", "warm", "warm", "x", "first run", "first run", "x", "processor", "bare enums", "first run",
        "floor", "x", "cpu x");
    for (int size : sizes) {
      int sections = size < 100 ? 3 : 10;
      Map<String, Long> warm = runInFreshJvm(SizeRun.class, size, sections, warmups(size), runs(size), "true");
      int rounds = size >= 100_000 ? 3 : 5;
      Map<String, List<Long>> cold = new HashMap<>();
      for (int round = 0; round < rounds; round++) {
        for (Class<?> main : List.of(ColdFloorRun.class, FirstRun.class, BareLayoutJavacRun.class, WholeBuildRun.class)) {
          runInFreshJvm(main, size, sections).forEach((key, value) -> cold.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
        }
      }
      long coldFloor = median(cold.get("coldFloor"));
      long floor = median(cold.get("bareJavac")) + coldFloor;
      long build = median(cold.get("build"));
      double cpuRatio = (double) median(cold.get("buildCpu"))
          / (median(cold.get("bareJavacCpu")) + median(cold.get("coldFloorCpu")));
      System.out.printf(Locale.ROOT, "%,9d | %9.1f %10.1f %5.2f | %,9.0f %,10.0f %5.2f | %,9.0f %,10.0f %,10.0f %,9.0f %5.2f %9.2f%n",
          size, ms(warm.get("total")), ms(warm.get("floor")), (double) warm.get("total") / warm.get("floor"),
          ms(median(cold.get("cold"))), ms(coldFloor), (double) median(cold.get("cold")) / coldFloor,
          ms(build), ms(median(cold.get("bareJavac"))), ms(coldFloor), ms(floor), (double) build / floor, cpuRatio);
      details.add(new String[] {
          String.format(Locale.ROOT, "%,9d", size), String.format(Locale.ROOT, "%,8d", warm.get("bytes") >> 10),
          String.format(Locale.ROOT, "%7.1f", ms(warm.get("parse"))),
          String.format(Locale.ROOT, "%8.1f", ms(warm.get("validate"))),
          String.format(Locale.ROOT, "%8.1f", ms(warm.get("generate"))),
          String.format(Locale.ROOT, "%7.2f", warm.get("total") / 1000.0 / size),
          String.format(Locale.ROOT, "%,9.1f", ms(warm.get("totalWall"))),
          String.format(Locale.ROOT, "%,10d", warm.get("sourceBytes") >> 10),
          String.format(Locale.ROOT, "%,8.0f", ms(warm.get("javac"))),
          String.format(Locale.ROOT, "%,9d", warm.get("allocated") >> 20),
          String.format(Locale.ROOT, "%,9d", warm.get("processorHeap") >> 20),
          String.format(Locale.ROOT, "%,9d", warm.get("javacHeap") >> 20)});
    }
    System.out.println();
    System.out.println("Processor stages (warm cpu), javac on the generated source alone (elapsed, after the warm runs),"
        + " bytes allocated by one processor run, peak heap in use during one run (garbage included).");
    System.out.printf(Locale.ROOT, "%9s %8s | %7s %8s %8s %7s %9s | %10s %8s | %9s %9s %9s%n",
        "questions", "file KiB", "parse", "validate", "generate", "us/q", "wall", "source KiB", "javac",
        "alloc MiB", "heap MiB", "javac MiB");
    for (String[] row : details) {
      System.out.printf(Locale.ROOT, "%s %s | %s %s %s %s %s | %s %s | %s %s %s%n", (Object[]) row);
    }
  }

  private static int warmups(int questions) {
    return questions <= 1_000 ? 200 : questions <= 10_000 ? 20 : 4;
  }

  /** Enough repetitions for a stable median, few enough that 100,000 questions take seconds. */
  private static int runs(int questions) {
    return questions <= 1_000 ? 50 : questions <= 10_000 ? 21 : 9;
  }

  private static Map<String, Long> runInFreshJvm(Class<?> main, int questions, int sections, Object... more)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        main.getName(), Integer.toString(questions), Integer.toString(sections)));
    for (Object argument : more) {
      command.add(argument.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, Long> result = new HashMap<>();
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("RESULT ")) {
          for (String pair : line.substring(7).split(" ")) {
            String[] keyValue = pair.split("=");
            result.put(keyValue[0], Long.parseLong(keyValue[1]));
          }
        } else {
          output.append(line).append('\n');
        }
      }
    }
    if (process.waitFor() != 0 || result.isEmpty()) {
      throw new IllegalStateException(main.getSimpleName() + " for " + questions + " questions failed:\n" + output);
    }
    return result;
  }

  private static long median(List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
