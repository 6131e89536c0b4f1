package io.github.qacatalog.eval.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small file of calibrated thresholds that a later run loads: UTF-8 text, one {@code score =
 * threshold} a line, {@code #} starting a comment line. A team calibrates once on graded answers,
 * commits the file, and runs ungraded answers with it.
 *
 * <pre>
 * # qacatalog thresholds: a score at or above its threshold passes.
 * similarity = 0.52
 * token_f1 = 0.31
 * </pre>
 */
public final class ThresholdsFile {
  private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z0-9_.:-]+)\\s*=\\s*(\\S+)\\s*");

  private ThresholdsFile() {}

  /** Writes the thresholds, in the map's order, after a comment line per entry of {@code notes}. */
  public static void write(Path file, Map<String, Double> thresholds, List<String> notes) throws IOException {
    StringBuilder out = new StringBuilder(
        "# qacatalog thresholds: a score at or above its threshold passes.\n");
    for (String note : notes) {
      for (String line : note.split("\n", -1)) {
        out.append("# ").append(line).append('\n');
      }
    }
    for (Map.Entry<String, Double> e : thresholds.entrySet()) {
      if (!LINE.matcher(e.getKey() + " = 0").matches()) {
        throw new IllegalArgumentException("a score name in a thresholds file is letters, digits"
            + " and _ . : -: " + e.getKey());
      }
      if (e.getValue().isNaN() || e.getValue().isInfinite()) {
        throw new IllegalArgumentException("threshold of " + e.getKey() + " is not a number: " + e.getValue());
      }
      out.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  /**
   * Reads thresholds back.
   *
   * @throws InvalidThresholdsException listing every bad line as {@code file:LINE: message}
   */
  public static Map<String, Double> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = file + ":" + (i + 1) + ": ";
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        problems.add(where + "expected 'score = threshold', found: " + line.strip());
        continue;
      }
      double value;
      try {
        value = Double.parseDouble(m.group(2));
      } catch (NumberFormatException e) {
        problems.add(where + "the threshold of " + m.group(1) + " is not a number: " + m.group(2));
        continue;
      }
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        problems.add(where + "the threshold of " + m.group(1) + " is not a finite number: " + m.group(2));
        continue;
      }
      if (lineOf.containsKey(m.group(1))) {
        problems.add(where + m.group(1) + " is given twice, first on line " + lineOf.get(m.group(1)));
        continue;
      }
      lineOf.put(m.group(1), i + 1);
      out.put(m.group(1), value);
    }
    if (!problems.isEmpty()) {
      throw new InvalidThresholdsException(problems);
    }
    return out;
  }
}
