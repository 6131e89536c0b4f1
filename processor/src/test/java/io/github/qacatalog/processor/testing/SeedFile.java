package io.github.qacatalog.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the seed file holds, read from its lines with a plain regular expression, independently
 * of the parser under test: the expectation for every numbered question.
 */
public final class SeedFile {
  public static final String RESOURCE = "seed/QA.md";

  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*?)\\s*$");

  private SeedFile() {}

  /** One numbered line of the seed. */
  public record Line(int number, String text, int line, String heading) {}

  public static List<Line> numberedLines() {
    List<Line> lines = new ArrayList<>();
    String heading = null;
    String[] all = TestFiles.text(RESOURCE).split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      if (all[i].startsWith("## ")) {
        heading = all[i].substring(3).strip();
      }
      Matcher matcher = NUMBERED.matcher(all[i]);
      if (matcher.matches()) {
        lines.add(new Line(Integer.parseInt(matcher.group(1)), matcher.group(2), i + 1, heading));
      }
    }
    return lines;
  }
}
