package io.github.qacatalog.processor.parse;

/**
 * Where white space ends and starts in a part of a text, by offsets, so that a part is copied at
 * most once.
 *
 * <p>It reads chars, not code points: every code point that {@link Character#isWhitespace(int)}
 * accepts is in the Basic Multilingual Plane and no surrogate is white space, so a scan by char
 * stops where a scan by code point would and {@link #stripped} gives what {@link String#strip()}
 * gives, without decoding surrogate pairs. Markdown's own indentation is narrower: spaces and
 * tabs, see {@link #skipIndent}.
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
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset just after the last character of {@code text[from, to)} that is not white space, or {@code from}. */
  static int skipBack(String text, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** {@code text.substring(from, to).strip()}, copying the characters once instead of twice. */
  static String stripped(String text, int from, int to) {
    int start = skip(text, from, to);
    return text.substring(start, skipBack(text, start, to));
  }
}
