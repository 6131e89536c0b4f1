package io.github.qacatalog.eval.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a context text into passages a retriever can embed: paragraphs of Markdown sections, of
 * sensible sizes.
 *
 * <p>Paragraphs are separated by blank lines; a heading ({@code #} to {@code ######}) ends the
 * paragraph before it and names the section of those that follow; a thematic break or front-matter
 * line ({@code ---}, {@code ***}, {@code ___}) only separates. A fenced code block ({@code ```} or
 * {@code ~~~}) stays in one paragraph, blank lines and all. A paragraph of fewer than
 * {@value #MIN_WORDS} words, or one that ends with a colon (an introduction line, a list's label,
 * the sentence before a code block), is joined to the next one of the same section; a paragraph of more than {@value #MAX_WORDS} words is cut between sentences into
 * pieces of at most that many (a sentence longer than that is a piece of its own). MiniLM reads
 * 256 word pieces at most and was trained on 128, so passages of about a hundred words are what it
 * embeds best.
 */
final class Passages {
  /** Paragraphs shorter than this are joined to the next one. */
  static final int MIN_WORDS = 12;

  /** Paragraphs longer than this are cut between sentences. */
  static final int MAX_WORDS = 120;

  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}`\"'(*\\[])");
  private static final Pattern WORD = Pattern.compile("\\S+");

  /** A passage: its text, and the heading of the section it stands in (empty before any). */
  record Passage(String heading, String text) {
    /** What is embedded: the heading, if any, then the text. */
    String embedded() {
      return heading.isEmpty() ? text : heading + "\n" + text;
    }
  }

  private Passages() {}

  /** The text of the context's first level-one heading, outside code blocks; empty when none. */
  static String title(String context) {
    String fence = null;
    for (String line : context.split("\\R")) {
      Matcher opening = FENCE.matcher(line);
      if (fence != null) {
        if (line.strip().startsWith(fence)) {
          fence = null;
        }
      } else if (opening.find()) {
        fence = opening.group(1);
      } else {
        Matcher title = HEADING.matcher(line);
        if (title.matches() && title.group(1).length() == 1) {
          return title.group(2).strip();
        }
      }
    }
    return "";
  }

  static List<Passage> split(String context) {
    List<Passage> paragraphs = new ArrayList<>();
    String heading = "";
    StringBuilder paragraph = new StringBuilder();
    String fence = null;
    for (String line : context.split("\\R", -1)) {
      if (fence != null) {
        paragraph.append(line).append('\n');
        if (line.strip().startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      Matcher opening = FENCE.matcher(line);
      if (opening.find()) {
        fence = opening.group(1);
        paragraph.append(line).append('\n');
        continue;
      }
      Matcher title = HEADING.matcher(line);
      if (title.matches()) {
        flush(paragraphs, heading, paragraph);
        heading = title.group(2);
      } else if (line.isBlank() || BREAK.matcher(line).matches()) {
        flush(paragraphs, heading, paragraph);
      } else {
        paragraph.append(line).append('\n');
      }
    }
    flush(paragraphs, heading, paragraph);
    return sized(paragraphs);
  }

  private static void flush(List<Passage> paragraphs, String heading, StringBuilder paragraph) {
    String text = paragraph.toString().strip();
    paragraph.setLength(0);
    if (!text.isEmpty()) {
      paragraphs.add(new Passage(heading, text));
    }
  }

  private static List<Passage> sized(List<Passage> paragraphs) {
    List<Passage> joined = new ArrayList<>();
    Passage pending = null;
    for (Passage next : paragraphs) {
      if (pending != null && pending.heading().equals(next.heading())) {
        next = new Passage(next.heading(), pending.text() + "\n\n" + next.text());
      } else if (pending != null) {
        joined.add(pending);
      }
      pending = null;
      if (words(next.text()) < MIN_WORDS || next.text().endsWith(":")) {
        pending = next;
      } else {
        joined.add(next);
      }
    }
    if (pending != null) {
      joined.add(pending);
    }
    List<Passage> passages = new ArrayList<>();
    for (Passage passage : joined) {
      if (words(passage.text()) <= MAX_WORDS || passage.text().contains("```")
          || passage.text().contains("~~~")) {
        passages.add(passage);
        continue;
      }
      StringBuilder piece = new StringBuilder();
      int count = 0;
      for (String sentence : SENTENCE_END.split(passage.text())) {
        int n = words(sentence);
        if (count > 0 && count + n > MAX_WORDS) {
          passages.add(new Passage(passage.heading(), piece.toString().strip()));
          piece.setLength(0);
          count = 0;
        }
        piece.append(sentence).append(' ');
        count += n;
      }
      if (count > 0) {
        passages.add(new Passage(passage.heading(), piece.toString().strip()));
      }
    }
    return passages;
  }

  static int words(String text) {
    int n = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      n++;
    }
    return n;
  }
}
