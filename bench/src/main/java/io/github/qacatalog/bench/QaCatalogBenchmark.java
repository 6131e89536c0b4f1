package io.github.qacatalog.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link SizeRun} for 40, 1,000, 10,000 and 100,000 questions, each in a fresh JVM, and prints
 * one table: time per stage, the commonmark floor, the ratio of the processor to the floor, time
 * per question (flat when growth is linear), javac on the generated code, and peak heap.
 *
 * <p>Arguments, all optional: the sizes to run, for example {@code 1000 100000}.
 */
public final class QaCatalogBenchmark {
  private QaCatalogBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int[] sizes = args.length == 0 ? new int[] {40, 1_000, 10_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "qacatalog benchmark: Java %s, %d cores, max heap %,d MiB%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("Times in ms. cpu: CPU time of the measuring thread, median of warm runs; it stays steady"
        + " when other work shares the machine. wall: elapsed, median of the same runs. cold: elapsed, first run in"
        + " a fresh JVM. floor: commonmark alone on the same file. x floor: processor cpu / floor cpu.");
    System.out.println("alloc: bytes allocated by one processor run. heap: peak heap in use during one run, garbage"
        + " not yet collected included.");
    System.out.println();
    System.out.printf(Locale.ROOT, "%9s %8s | %7s %8s %8s %8s %8s %7s %7s | %8s %8s %8s %8s | %8s %9s %9s %9s%n",
        "", "", "cpu", "", "", "", "", "", "", "wall", "", "", "", "", "", "", "");
    System.out.printf(Locale.ROOT, "%9s %8s | %7s %8s %8s %8s %8s %7s %7s | %8s %8s %8s %8s | %8s %9s %9s %9s%n",
        "questions", "file KiB", "parse", "validate", "generate", "total", "floor", "x floor", "us/q",
        "total", "floor", "cold", "cold flr", "javac", "alloc MiB", "heap MiB", "javac MiB");
    for (int size : sizes) {
      Map<String, Long> r = runInFreshJvm(SizeRun.class, size);
      r.putAll(runInFreshJvm(ColdFloorRun.class, size));
      System.out.printf(Locale.ROOT,
          "%,9d %,8d | %7.1f %8.1f %8.1f %8.1f %8.1f %7.2f %7.2f | %,8.1f %,8.1f %,8.0f %,8.0f | %,8.0f %,9d %,9d %,9d%n",
          size, r.get("bytes") >> 10, ms(r.get("parse")), ms(r.get("validate")), ms(r.get("generate")),
          ms(r.get("total")), ms(r.get("floor")), (double) r.get("total") / r.get("floor"),
          r.get("total") / 1000.0 / size, ms(r.get("totalWall")), ms(r.get("floorWall")), ms(r.get("cold")),
          ms(r.get("coldFloor")),
          ms(r.get("javac")), r.get("allocated") >> 20, r.get("processorHeap") >> 20, r.get("javacHeap") >> 20);
    }
  }

  private static Map<String, Long> runInFreshJvm(Class<?> main, int questions) throws IOException, InterruptedException {
    int sections = questions < 100 ? 3 : 10;
    // Enough repetitions for a stable median, few enough that 100,000 questions take seconds.
    int runs = questions <= 1_000 ? 50 : questions <= 10_000 ? 21 : 9;
    int warmups = questions <= 1_000 ? 200 : questions <= 10_000 ? 20 : 4;
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
        main.getName(), Integer.toString(questions), Integer.toString(sections),
        Integer.toString(warmups), Integer.toString(runs), "true");
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
      throw new IllegalStateException("the run for " + questions + " questions failed:\n" + output);
    }
    return result;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
