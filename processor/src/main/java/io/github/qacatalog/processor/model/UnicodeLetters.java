package io.github.qacatalog.processor.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which characters are letters and digits for the names the processor makes, by Unicode 13.0.0
 * (the version of JDK 17's tables) whatever JDK runs it: a JDK of a later Unicode knows letters
 * that JDK 17's javac would not take in a name, and the same heading must give the same name on
 * every JDK. The case mappings are the JDK's, but a mapping that leads outside these letters (a
 * capital added after 13.0, such as U+A7DC for U+019B) is not made, so they are fixed too: Unicode
 * never changes a mapping between characters it already has.
 */
public final class UnicodeLetters {
  static final String TABLE = "unicode-13.0.0-letters-and-marks.txt";

  private static final int[] STARTS;
  private static final int[] ENDS;
  /** Whether each range holds letters and digits ({@code L}) or marks ({@code M}). */
  private static final boolean[] LETTERS;

  static {
    int[] starts = new int[1024];
    int[] ends = new int[1024];
    boolean[] letters = new boolean[1024];
    int count = 0;
    try (InputStream in = UnicodeLetters.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("the processor jar lacks " + TABLE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
          letters = Arrays.copyOf(letters, count * 2);
        }
        int dots = line.indexOf("..");
        int space = line.indexOf(' ');
        starts[count] = Integer.parseInt(line, 0, dots, 16);
        ends[count] = Integer.parseInt(line, dots + 2, space, 16);
        letters[count] = line.charAt(space + 1) == 'L';
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    STARTS = Arrays.copyOf(starts, count);
    ENDS = Arrays.copyOf(ends, count);
    LETTERS = Arrays.copyOf(letters, count);
  }

  private UnicodeLetters() {}

  /** Whether {@code cp} is a letter or a decimal digit in Unicode 13.0.0. */
  public static boolean isLetterOrDigit(int cp) {
    int range = rangeOf(cp);
    return range >= 0 && LETTERS[range];
  }

  /** Whether {@code cp} is a mark (Mn, Mc or Me) in Unicode 13.0.0. */
  static boolean isMark(int cp) {
    int range = rangeOf(cp);
    return range >= 0 && !LETTERS[range];
  }

  /**
   * {@code text} with each letter, digit or mark that Unicode 13.0.0 does not have as such made a
   * space, so that what later Unicode versions added, and their decompositions, count for nothing.
   */
  static String withoutLaterLetters(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      boolean later = cp > 0x7F && rangeOf(cp) < 0 && (Character.isLetterOrDigit(cp) || isMarkOnThisJdk(cp));
      if (later && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (later) {
        out.append(' ');
      } else if (out != null) {
        out.append(text, i, i + width);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isMarkOnThisJdk(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The range of the table that holds {@code cp}, or -1. */
  private static int rangeOf(int cp) {
    int index = Arrays.binarySearch(STARTS, cp);
    int range = index >= 0 ? index : -index - 2;
    return range >= 0 && cp <= ENDS[range] ? range : -1;
  }

  /** {@code cp} in title case, or {@code cp} itself when its title case is no Unicode 13.0.0 letter. */
  static int toTitleCase(int cp) {
    int title = Character.toTitleCase(cp);
    return title == cp || isLetterOrDigit(title) ? title : cp;
  }

  /** {@code text} in lower case, as {@link String#toLowerCase(Locale)} for {@link Locale#ROOT} makes it, within 13.0.0. */
  static String toLowerCase(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return withinUnicode13(lower) ? lower : mapEach(text, false);
  }

  /** {@code text} in upper case, as {@link String#toUpperCase(Locale)} for {@link Locale#ROOT} makes it, within 13.0.0. */
  static String toUpperCase(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    return withinUnicode13(upper) ? upper : mapEach(text, true);
  }

  /**
   * Whether every character of a mapped text is a Unicode 13.0.0 letter or digit, or a combining
   * mark of U+0300 to U+036F, which the special mappings add ({@code İ} lower case is {@code i}
   * and U+0307).
   */
  private static boolean withinUnicode13(String mapped) {
    return mapped.codePoints().allMatch(cp -> isLetterOrDigit(cp) || cp >= 0x300 && cp <= 0x36F || cp == '_');
  }

  /** The simple mapping of each character, where it stays within 13.0.0. */
  private static String mapEach(String text, boolean upper) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      int mapped = upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
      out.appendCodePoint(mapped == cp || isLetterOrDigit(mapped) ? mapped : cp);
    });
    return out.toString();
  }
}
