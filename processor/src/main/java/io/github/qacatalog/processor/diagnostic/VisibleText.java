package io.github.qacatalog.processor.diagnostic;

/**
 * A user's text as a message quotes it: every character that shows as nothing, or as a plain
 * space, written as {@code \}{@code uXXXX}, so that a heading of a zero-width space does not
 * print as {@code ""}. The characters are fixed ranges (controls, Unicode's default-ignorable
 * code points, the spaces other than U+0020, lone surrogates), not the JDK's tables, so that a
 * message reads the same on every JDK.
 */
public final class VisibleText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private VisibleText() {}

  public static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (isInvisible(cp)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        for (int j = i; j < i + width; j++) {
          char c = text.charAt(j);
          out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
              .append(HEX[c & 0xF]);
        }
      } else if (out != null) {
        out.append(text, i, i + width);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  static boolean isInvisible(int cp) {
    return cp < 0x20 || cp >= 0x7F && cp <= 0xA0
        || cp == 0xAD || cp == 0x34F || cp == 0x61C || cp == 0x115F || cp == 0x1160 || cp == 0x1680
        || cp == 0x17B4 || cp == 0x17B5 || cp >= 0x180B && cp <= 0x180F
        || cp >= 0x2000 && cp <= 0x200F || cp >= 0x2028 && cp <= 0x202F || cp >= 0x205F && cp <= 0x206F
        || cp == 0x3000 || cp == 0x3164 || cp >= 0xD800 && cp <= 0xDFFF || cp >= 0xFE00 && cp <= 0xFE0F
        || cp == 0xFEFF || cp == 0xFFA0 || cp >= 0xFFF0 && cp <= 0xFFFB || cp >= 0x1BCA0 && cp <= 0x1BCA3
        || cp >= 0x1D173 && cp <= 0x1D17A || cp >= 0xE0000 && cp <= 0xE0FFF;
  }
}
