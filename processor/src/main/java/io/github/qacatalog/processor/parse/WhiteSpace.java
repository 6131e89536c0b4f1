package io.github.qacatalog.processor.parse;

/**
 * Where white space ends and starts in a part of a text, by offsets, so that a part is copied at
 * most once.
 *
 * <p>White space is Markdown's own: space, tab, line feed, line tabulation, form feed and carriage
 * return, the characters CommonMark skips around a block. Not {@link Character#isWhitespace}: a text
 * that ends in U+2028 or U+001F keeps it, as Markdown does, so that a paragraph such as "##" followed
 * by one is not shortened into what would read as a heading when the text is written back. Every one
 * of them is a single ASCII char, so it reads chars, not code points. Indentation is narrower still:
 * spaces and tabs, see {@link #skipIndent}.
 */
final class WhiteSpace {
  private WhiteSpace() {}

  /** The offset of the first character at or after {@code from} that is neither a space nor a tab. */
  static int skipIndent(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The offset of the first character of {@code text[from, to)} that is not white space, or {@code to}. */
  static int skip(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset just after the last character of {@code text[from, to)} that is not white space, or {@code from}. */
  static int skipBack(String text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** {@code text.substring(from, to)} without white space at either end, copied once. */
  static String stripped(String text, int from, int to) {
    int start = skip(text, from, to);
    return text.substring(start, skipBack(text, start, to));
  }

  /** Whether {@code c} is white space to Markdown. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
