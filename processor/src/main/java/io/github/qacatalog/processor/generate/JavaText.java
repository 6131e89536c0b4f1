package io.github.qacatalog.processor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes arbitrary text into Java source safely. javac decodes {@code \}{@code uXXXX} everywhere in
 * a source file, comments included, and a few characters end lines or comments; none of the texts
 * of a user's file may change the meaning of the code around it.
 *
 * <p>Every decision here depends on fixed character ranges only, never on the JDK's Unicode
 * tables, so that JDK 17 and JDK 25 write the same bytes for the same text.
 */
final class JavaText {
  /**
   * The most one string literal may hold, in bytes of the class file's modified UTF-8. A class
   * file stores a string constant with a 16-bit length (65,535 bytes), and javac also refuses a
   * literal of 65,535 characters; 65,534 bytes satisfies both, since a character takes at least
   * one byte.
   */
  static final int MAX_LITERAL_BYTES = 65_534;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Characters that a reader cannot see or that reorder the line around them (as ranges, first and
   * last code point): bidirectional controls, zero-width and invisible characters, separators that
   * some editors treat as line ends, tag characters that hide text. They are written as entities
   * in Javadoc, so the comment shows them. Joiners (U+200C, U+200D) and variation selectors stay,
   * since scripts and emoji need them. The list is fixed rather than read from {@link
   * Character#getType}, because that table grows with each JDK's Unicode version.
   */
  private static final int[][] INVISIBLE = {
    {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160}, {0x17B4, 0x17B5},
    {0x180E, 0x180E}, {0x200B, 0x200B}, {0x200E, 0x200F}, {0x2028, 0x202E}, {0x2060, 0x206F},
    {0x3164, 0x3164}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFFB},
    {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
  };

  private JavaText() {}

  /**
   * A Java expression of type {@code String} that evaluates to {@code text}: one string literal
   * when the text fits in one, else {@code String.join("", ...)} over literals that each fit. The
   * join is deliberate: {@code "a" + "b"} is a constant expression that javac folds back into one
   * constant, which would be too long again.
   */
  static String stringExpression(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    appendStringExpression(out, text, "    ");
    return out.toString();
  }

  /**
   * Appends {@link #stringExpression}; each literal of a long text starts a line of its own,
   * indented by {@code continuationIndent}.
   */
  static void appendStringExpression(StringBuilder out, String text, String continuationIndent) {
    int[] ends = chunkEnds(text);
    if (ends.length == 1) {
      appendStringLiteral(out, text, 0, text.length());
      return;
    }
    out.append("String.join(\"\"");
    int start = 0;
    for (int end : ends) {
      out.append(",\n").append(continuationIndent);
      appendStringLiteral(out, text, start, end);
      start = end;
    }
    out.append(')');
  }

  /** How many literals {@link #stringExpression} writes for {@code text}. */
  static int literalCount(String text) {
    return chunkEnds(text).length;
  }

  /**
   * Splits {@code text} into pieces of at most {@link #MAX_LITERAL_BYTES} each. A surrogate pair
   * stays in one piece, so that each piece is as readable as the text.
   */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    int start = 0;
    for (int end : chunkEnds(text)) {
      chunks.add(text.substring(start, end));
      start = end;
    }
    return chunks;
  }

  /** Where each piece of {@link #chunks} ends. */
  private static int[] chunkEnds(String text) {
    if (text.length() <= MAX_LITERAL_BYTES / 3) {
      return new int[] {text.length()};
    }
    List<Integer> ends = new ArrayList<>();
    int bytes = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      int width = pair ? 6 : modifiedUtf8Bytes(c);
      if (bytes + width > MAX_LITERAL_BYTES) {
        ends.add(i);
        bytes = 0;
      }
      bytes += width;
      i += pair ? 2 : 1;
    }
    ends.add(text.length());
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The bytes {@code c} takes in a class file: modified UTF-8 writes U+0000 as two bytes. */
  static int modifiedUtf8Bytes(char c) {
    if (c != 0 && c < 0x80) {
      return 1;
    }
    return c < 0x800 ? 2 : 3;
  }

  /**
   * A string literal, quotes included, that evaluates to {@code text}. Everything outside
   * printable ASCII is written as a Unicode escape, so the generated file is the same bytes under
   * any source encoding, and no character can end the line. The caller keeps {@code text} within
   * {@link #MAX_LITERAL_BYTES}.
   */
  static String stringLiteral(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    appendStringLiteral(out, text, 0, text.length());
    return out.toString();
  }

  private static void appendStringLiteral(StringBuilder out, String text, int start, int end) {
    out.append('"');
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        if (c == '"' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append('\\').append('u')
            .append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      }
    }
    out.append('"');
  }

  /**
   * Text for a Javadoc comment: HTML-escaped so that it shows as written, and with every
   * character that could end the comment, start a tag or form a Unicode escape written as an HTML
   * entity. Line breaks stay line breaks; other characters that end or reorder lines, control
   * characters, lone surrogates and invisible format characters become numeric entities.
   */
  static String javadoc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendJavadoc(out, text, "");
    return out.toString();
  }

  /**
   * Appends {@link #javadoc}, starting each further line with {@code linePrefix} (the comment's
   * {@code " *"}) and, unless the line is empty, a space.
   */
  static void appendJavadoc(StringBuilder out, String text, String linePrefix) {
    boolean lineStart = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append('\n').append(linePrefix);
        lineStart = true;
        continue;
      }
      if (lineStart && !linePrefix.isEmpty()) {
        out.append(' ');
      }
      lineStart = false;
      if (c >= 0x20 && c < 0x7F) {
        switch (c) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '@' -> out.append("&#64;");
          case '\\' -> out.append("&#92;");
          case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
          default -> out.append(c);
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        if (isInvisible(codePoint)) {
          appendEntity(out, codePoint);
        } else {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (c < 0x20 || c <= 0x9F || Character.isSurrogate(c) || isInvisible(c)) {
        appendEntity(out, c);
      } else {
        out.append(c);
      }
    }
  }

  private static void appendEntity(StringBuilder doc, int codePoint) {
    doc.append("&#x").append(Integer.toHexString(codePoint).toUpperCase(Locale.ROOT)).append(';');
  }

  private static boolean isInvisible(int codePoint) {
    if (codePoint < 0xAD) {
      return false;
    }
    if ((codePoint & 0xFFFE) == 0xFFFE) {
      return true;
    }
    for (int[] range : INVISIBLE) {
      if (codePoint < range[0]) {
        return false;
      }
      if (codePoint <= range[1]) {
        return true;
      }
    }
    return false;
  }
}
