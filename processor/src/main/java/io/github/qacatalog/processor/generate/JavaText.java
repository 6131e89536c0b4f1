package io.github.qacatalog.processor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes arbitrary text into Java source safely. javac decodes {@code \}{@code uXXXX} everywhere in
 * a source file, comments included, and a few characters end lines or comments; none of the texts
 * of a user's file may change the meaning of the code around it.
 *
 * <p>What it writes is printable ASCII, decided by fixed character ranges only, never by the JDK's
 * Unicode tables: the generated file is the same bytes under any source encoding and on every JDK.
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

  private JavaText() {}

  /**
   * A Java expression of type {@code String} that evaluates to {@code text}: one string literal
   * when the text fits in one, else {@code String.join("", ...)} over literals that each fit. The
   * join is deliberate: {@code "a" + "b"} is a constant expression that javac folds back into one
   * constant, which would be too long again. {@code String} is written in full: inside the enum of a
   * section named {@code String}, the simple name means that enum.
   */
  static String stringExpression(String text) {
    int[] ends = literalEnds(text);
    StringBuilder out = new StringBuilder(text.length() + 2 + 8 * ends.length);
    if (ends.length == 1) {
      appendStringLiteral(out, text, 0, text.length());
      return out.toString();
    }
    // Each literal on a line of its own, indented under the expression.
    out.append("java.lang.String.join(\"\"");
    int start = 0;
    for (int end : ends) {
      out.append(",\n    ");
      appendStringLiteral(out, text, start, end);
      start = end;
    }
    return out.append(')').toString();
  }

  /** How many literals {@link #stringExpression} writes for {@code text}. */
  static int literalCount(String text) {
    return text.length() <= MAX_LITERAL_BYTES / 3 ? 1 : literalEnds(text).length;
  }

  /**
   * Where each literal of {@link #stringExpression} ends in {@code text}: pieces of at most {@link
   * #MAX_LITERAL_BYTES} each. A surrogate pair stays in one piece, so that each piece is as
   * readable as the text.
   */
  static int[] literalEnds(String text) {
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

  /** Appends {@link #stringLiteral}. */
  static void appendStringLiteral(StringBuilder out, String text) {
    appendStringLiteral(out, text, 0, text.length());
  }

  private static void appendStringLiteral(StringBuilder out, String text, int start, int end) {
    out.append('"');
    int run = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        continue;
      }
      // Characters that need no escape are copied a run at a time.
      out.append(text, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          appendUnicodeEscape(out, c);
          if (Character.isHighSurrogate(c) && i + 1 < end && !Character.isLowSurrogate(text.charAt(i + 1))) {
            // javac (17 to 25 at least) misreads a backslash escape right after the Unicode escape
            // of a lone high surrogate: it looks ahead for the low half and loses count of the
            // backslashes. Ending the literal there keeps one constant, read correctly.
            out.append("\" + \"");
          }
        }
      }
    }
    out.append(text, run, end).append('"');
  }

  private static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append('\\').append('u')
        .append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
  }

  /**
   * The generated source in printable ASCII: every other character becomes a Unicode escape, which
   * javac reads as that character anywhere in a file. Texts were escaped before, so what this
   * changes is names in other scripts: a heading {@code Café} names the enum {@code Caf\u00e9}, and
   * the file reads the same under any source encoding.
   */
  static String asciiSource(String source) {
    int i = 0;
    while (i < source.length() && source.charAt(i) < 0x80) {
      i++;
    }
    if (i == source.length()) {
      return source;
    }
    StringBuilder out = new StringBuilder(source.length() + 32).append(source, 0, i);
    for (; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        appendUnicodeEscape(out, c);
      }
    }
    return out.toString();
  }

  /** Whether every character of {@code text} is ASCII. */
  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Text for a Javadoc comment, in printable ASCII that shows as the text: markup characters, and
   * every character outside printable ASCII, are written as HTML entities, so that nothing in the
   * text can end the comment, start a tag, form a Unicode escape or end or reorder a line, and so
   * that the comment reads the same under any source encoding. Line breaks stay line breaks.
   */
  static String javadoc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendJavadoc(out, text);
    return out.toString();
  }

  /** Appends {@link #javadoc}. */
  static void appendJavadoc(StringBuilder out, String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0x20 && c < 0x7F && !needsEntity(c)) || c == '\n') {
        continue;
      }
      // Characters that show as they are were skipped above, and are copied a run at a time.
      out.append(text, run, i);
      run = i + 1;
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> {
          int codePoint = c;
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            codePoint = Character.toCodePoint(c, text.charAt(++i));
            run = i + 1;
          }
          out.append("&#x").append(Integer.toHexString(codePoint).toUpperCase(Locale.ROOT)).append(';');
        }
      }
    }
    out.append(text, run, text.length());
  }

  /** Printable ASCII that would start markup, an entity, a tag, an escape or the comment's end. */
  private static boolean needsEntity(char c) {
    return c == '&' || c == '<' || c == '>' || c == '@' || c == '\\' || c == '/';
  }
}
