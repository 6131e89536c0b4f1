package io.github.qacatalog.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random question files, as lines: headings (some named like the types the generated code uses,
 * some invalid as Java names), numbered questions (mostly in order), Question/Answer blocks, id
 * comments, separators, and the rest of Markdown around them, with random text in between.
 */
public final class RandomMarkdown {
  private static final List<String> HEADINGS = List.of(
      "Context-Aware QA", "List", "String", "Override", "Optional", "QaItem", "QA Catalog", "Part 1", "Part 2",
      "Class", "1 Numbers first", "Café Qa", "質問", "Generated", "Map", "Collections", "Object", "", "!!!");

  private RandomMarkdown() {}

  /**
   * A file: three times in five well formed (so that most compile and their texts can be
   * compared), else anything at all.
   */
  public static List<String> lines(SplittableRandom random) {
    return random.nextInt(5) < 3 ? wellFormed(random) : chaotic(random);
  }

  /**
   * Sections with distinct headings, each with a description, numbered questions in order or
   * Question/Answer blocks with ids, closed by {@code ---}; random text only inside the texts.
   */
  public static List<String> wellFormed(SplittableRandom random) {
    List<String> lines = new ArrayList<>();
    int number = 1;
    int sections = random.nextInt(1, 5);
    for (int s = 0; s < sections; s++) {
      String heading = HEADINGS.get(random.nextInt(HEADINGS.size()));
      lines.add("## " + (heading.isEmpty() || !Character.isLetter(heading.charAt(0)) ? "Section" : heading) + " " + (char) ('A' + s));
      lines.add("");
      if (random.nextBoolean()) {
        lines.add("About " + RandomTexts.word(random) + " " + oneLine(RandomTexts.text(random)));
        lines.add("");
      }
      int questions = random.nextInt(1, 8);
      boolean blocks = random.nextInt(3) == 0;
      for (int q = 0; q < questions; q++, number++) {
        if (blocks) {
          lines.add("<!-- id: q-" + number + " -->");
          lines.add("**Question:** " + question(random));
          lines.add("");
          paraphrases(random, number, "", lines);
          lines.add("**Answer:** " + RandomTexts.word(random) + " " + RandomTexts.text(random));
          lines.add("");
          lines.add("---");
          lines.add("");
        } else {
          lines.add(number + ". " + oneLine(question(random)));
          paraphrases(random, number, " ".repeat((number + ". ").length()), lines);
        }
      }
      lines.add("");
    }
    return lines;
  }

  /**
   * Now and then a list of paraphrases of question {@code number}, indented by {@code indent}
   * (under a numbered item) and followed by a blank line; each wording is made distinct by the
   * question's number and its place in the list.
   */
  private static void paraphrases(SplittableRandom random, int number, String indent, List<String> lines) {
    if (random.nextInt(3) != 0) {
      return;
    }
    lines.add(indent + (random.nextBoolean() ? "**Paraphrases:**" : "**Paraphrase:**"));
    int count = random.nextInt(1, 4);
    for (int p = 1; p <= count; p++) {
      lines.add(indent + "- Wording " + number + "." + p + " " + oneLine(RandomTexts.text(random)));
    }
    if (indent.isEmpty()) {
      lines.add("");
    }
  }

  /** {@code text} on one line: line breaks of any kind would let Markdown read a new block. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ");
  }

  private static List<String> chaotic(SplittableRandom random) {
    List<String> lines = new ArrayList<>();
    int number = 1;
    int count = random.nextInt(1, 40);
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(16)) {
        case 0, 1 -> {
          lines.add("## " + (random.nextInt(3) == 0 ? RandomTexts.text(random) : HEADINGS.get(random.nextInt(HEADINGS.size()))));
          lines.add("");
        }
        case 2, 3, 4, 5 -> {
          int written = random.nextInt(8) == 0 ? random.nextInt(1, 60) : number;
          lines.add(written + "." + " ".repeat(random.nextInt(1, 4)) + question(random));
          number = written + 1;
          if (random.nextInt(5) == 0) {
            lines.add("   " + RandomTexts.text(random));
          }
        }
        case 6, 7 -> {
          lines.add("**Question:** " + question(random));
          lines.add("");
          lines.add("**Answer:** " + RandomTexts.text(random));
          lines.add("");
          if (random.nextBoolean()) {
            lines.add("---");
            lines.add("");
          }
        }
        case 8 -> lines.add("<!-- id: " + RandomTexts.word(random) + (random.nextBoolean() ? "-" + random.nextInt(100) : "") + " -->");
        case 9 -> lines.add(List.of("---", "***", "___", "===", "# Title", "### Sub", "> quote", "- bullet", "```", "    code",
            "<div>", "</div>", "**Answer:**", "**Question:**", "*Question:*", "Question: plain", "**Paraphrases:**",
            "   **Paraphrases:**", "- " + RandomTexts.text(random), "   - " + RandomTexts.text(random)).get(random.nextInt(20)));
        case 10 -> lines.add("");
        default -> lines.add(RandomTexts.text(random));
      }
    }
    return lines;
  }

  /** A question's text: mostly a sentence ending in {@code ?}, sometimes anything. */
  private static String question(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      return RandomTexts.text(random);
    }
    String first = RandomTexts.word(random);
    return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " " + RandomTexts.text(random) + "?";
  }

  /** The lines as a file: LF or CRLF line ends, sometimes a byte-order mark. */
  public static String file(List<String> lines, SplittableRandom random) {
    String file = String.join(random.nextInt(5) == 0 ? "\r\n" : "\n", lines) + "\n";
    return random.nextInt(10) == 0 ? "\uFEFF" + file : file;
  }
}
