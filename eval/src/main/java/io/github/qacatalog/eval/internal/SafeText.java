package io.github.qacatalog.eval.internal;

/**
 * Text that every writer can encode: a lone surrogate (half of a character, which UTF-8 cannot
 * encode) becomes U+FFFD, the replacement character. Everything else passes unchanged.
 */
public final class SafeText {
  /** What a malformed character is replaced by. */
  public static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /** The text with each lone surrogate replaced; {@code null} stays {@code null}. */
  public static String wellFormed(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(REPLACEMENT);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
