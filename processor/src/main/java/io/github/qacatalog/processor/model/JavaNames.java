package io.github.qacatalog.processor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules that turn headings and questions into Java names. They are documented in docs/format.md
 * ("Naming rules"); a change here renames users' constants, so treat it as a breaking change.
 *
 * <p>A question's constant is, first match wins: the name of its explicit id ({@code <!-- id:
 * lora-bug -->} on the line before it gives {@code LORA_BUG}); {@code Q<number>} for a numbered
 * question; else the name of its first words ({@link #constantNameOfText}). None of them depends
 * on where the question stands, so no name moves to another question when the file around it
 * changes.
 */
public final class JavaNames {
  /** Words of a question kept in a derived constant name. */
  static final int SLUG_WORDS = 8;

  /**
   * What a derived name starts with when it would start with a digit, which no Java name may, or
   * when the text gives it no letter or digit of its own.
   */
  static final String NAME_PREFIX = "Q_";

  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");

  private JavaNames() {}

  /**
   * The enum name of a heading: its words (runs of letters and digits; apostrophes join), each
   * with its first letter upper case and the rest lower case, run together. {@code Context-Aware
   * QA} becomes {@code ContextAwareQa}; {@code Vishal's Work} becomes {@code VishalsWork}.
   *
   * <p>A name that would start with a digit gets {@value #NAME_PREFIX} before it, as a question's
   * constant does: {@code 2025 Hiring Loop} becomes {@code Q_2025HiringLoop}, so that a heading
   * need not be reworded to suit Java. No other heading's name holds an underscore, so such a name
   * never meets the name of a heading that starts with a letter ({@code Q2025 Hiring Loop} is
   * {@code Q2025HiringLoop}); two digit headings of the same words meet as any two headings do, and
   * the validator reports that. A heading with no letter or digit at all gives the empty name,
   * which the validator reports too.
   *
   * <p>Letters, digits and their cases are those of Unicode 13.0.0 on every JDK ({@link
   * UnicodeLetters}): a character that a later Unicode made a letter separates words.
   */
  public static String typeName(String heading) {
    StringBuilder name = new StringBuilder();
    for (String word : words(heading)) {
      int first = word.codePointAt(0);
      name.appendCodePoint(UnicodeLetters.toTitleCase(first));
      name.append(UnicodeLetters.toLowerCase(word.substring(Character.charCount(first))));
    }
    return withDigitPrefix(name.toString());
  }

  /** The constant name of an explicit id: {@code lora-bug} becomes {@code LORA_BUG}. */
  public static String constantNameOfId(String id) {
    return UnicodeLetters.toUpperCase(String.join("_", words(id)));
  }

  /**
   * The constant name of a question that has neither a number nor an explicit id, and its {@code
   * id()}: the first {@value #SLUG_WORDS} words of its text, upper case, joined by {@code _}.
   * {@code How did he isolate the LoRA bug?} becomes {@code HOW_DID_HE_ISOLATE_THE_LORA_BUG}.
   *
   * <p>A word is a run of ASCII letters and digits, after accents are taken off ({@code café}
   * gives {@code CAFE}); the target of a Markdown link ({@code [text](https://...)}) and HTML tags
   * are not words. A name that would start with a digit gets {@code Q_} before it; text with no
   * ASCII letter or digit at all gets {@code Q_} and eight hex digits of its SHA-256.
   *
   * <p>Why the text and not the position: a name made from the question alone cannot start
   * pointing at another question when questions are inserted, removed or moved elsewhere in the
   * file. Editing the first words of the question renames it, and code that used the old name
   * stops compiling instead of silently meaning something else; an explicit id keeps the name
   * through such edits. Two questions of a category that begin with the same words get the same
   * name, and the build fails at the second one until one of them gets an id.
   */
  public static String constantNameOfText(String text) {
    String withoutTargets = LINK_TARGET.matcher(text).replaceAll("]");
    String withoutTags = HTML_TAG.matcher(withoutTargets).replaceAll(" ");
    // Only what Unicode 13.0.0 has is decomposed and has its marks dropped, as on every JDK.
    String decomposed = Normalizer.normalize(UnicodeLetters.withoutLaterLetters(withoutTags), Normalizer.Form.NFD);
    String ascii = withoutMarks(decomposed);
    List<String> words = new ArrayList<>();
    for (String word : ascii.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty() && words.size() < SLUG_WORDS) {
        words.add(word.toUpperCase(Locale.ROOT));
      }
    }
    if (words.isEmpty()) {
      return NAME_PREFIX + shortHash(text);
    }
    return withDigitPrefix(String.join("_", words));
  }

  private static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(cp -> !UnicodeLetters.isMark(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** {@code name}, with {@value #NAME_PREFIX} before it when it starts with a digit, which no Java name may. */
  private static String withDigitPrefix(String name) {
    return !name.isEmpty() && Character.isDigit(name.codePointAt(0)) ? NAME_PREFIX + name : name;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (UnicodeLetters.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else if ((cp == '\'' || cp == '\u2019') && word.length() > 0) {
        return;
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
