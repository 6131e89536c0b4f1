package io.github.qacatalog.processor.generate;

import java.util.Locale;

/**
 * Writes arbitrary text into Java source safely. javac decodes {@code \}{@code uXXXX} everywhere in
 * a source file, comments included, and a few characters end lines or comments; none of the texts
 * of a user's file may change the meaning of the code around it.
 */
final class JavaText {
  private JavaText() {}

  /**
   * A string literal, quotes included, that evaluates to {@code text}. Everything outside
   * printable ASCII is written as a Unicode escape, so the generated file is the same bytes under
   * any source encoding.
   */
  static String stringLiteral(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2);
    literal.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            literal.append(c);
          } else {
            literal.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return literal.append('"').toString();
  }

  /**
   * Text for a Javadoc comment: HTML-escaped so that it shows as written, and with every
   * character that could end the comment, start a tag or form a Unicode escape written as an HTML
   * entity. Line breaks stay line breaks.
   */
  static String javadoc(String text) {
    StringBuilder doc = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> doc.append("&amp;");
        case '<' -> doc.append("&lt;");
        case '>' -> doc.append("&gt;");
        case '@' -> doc.append("&#64;");
        case '\\' -> doc.append("&#92;");
        case '/' -> doc.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\n' -> doc.append('\n');
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            doc.append(c).append(text.charAt(++i));
          } else if (needsEntity(c)) {
            doc.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
          } else {
            doc.append(c);
          }
        }
      }
    }
    return doc.toString();
  }

  private static boolean needsEntity(char c) {
    return Character.isISOControl(c)
        || Character.isSurrogate(c)
        || c == '\u2028' || c == '\u2029'
        || Character.getType(c) == Character.FORMAT
        || c == '\uFFFE' || c == '\uFFFF';
  }
}
