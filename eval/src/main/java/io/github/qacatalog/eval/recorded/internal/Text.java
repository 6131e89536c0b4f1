package io.github.qacatalog.eval.recorded.internal;

import java.text.Normalizer;
import java.util.Locale;

/** How question texts are compared: exactly after trimming, or ignoring case and punctuation. */
public final class Text {
  private Text() {}

  /** The text without surrounding white space. */
  public static String exact(String text) {
    return text.strip();
  }

  /**
   * The text in compatibility form, lower case, with every run of characters that are neither
   * letters nor digits (punctuation, Markdown marks, white space) read as one space: so {@code What
   * happens when a `---` is forgotten?} and {@code what happens when a --- is forgotten} are the
   * same.
   */
  public static String loose(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return normal.replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").strip();
  }

  /** A text cut to {@code max} characters for a message, on one line. */
  public static String shortened(String text, int max) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= max ? line : line.substring(0, max - 3) + "...";
  }
}
