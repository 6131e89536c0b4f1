package io.github.qacatalog.processor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The rules that turn headings and questions into Java names. They are documented in the README;
 * a change here renames users' constants, so treat it as a breaking change.
 */
public final class JavaNames {
  /** Words of a question kept in a derived constant name. */
  static final int SLUG_WORDS = 8;

  private JavaNames() {}

  /**
   * The enum name of a heading: its words (runs of letters and digits; apostrophes join), each
   * with its first letter upper case and the rest lower case, run together. {@code Context-Aware
   * QA} becomes {@code ContextAwareQa}; {@code Vishal's Work} becomes {@code VishalsWork}. The
   * result may be invalid (a leading digit, no letter at all); the validator reports that.
   */
  public static String typeName(String heading) {
    StringBuilder name = new StringBuilder();
    for (String word : words(heading)) {
      int first = word.codePointAt(0);
      name.appendCodePoint(Character.toTitleCase(first));
      name.append(word.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  /** The constant name of an explicit id: {@code lora-bug} becomes {@code LORA_BUG}. */
  public static String constantNameOfId(String id) {
    return String.join("_", words(id)).toUpperCase(Locale.ROOT);
  }

  /**
   * The constant name of a question without number or id: the first {@value #SLUG_WORDS} words of
   * its text in ASCII letters and digits, upper case, joined by {@code _}. It depends on the text
   * alone, so inserting or removing other questions never changes it; editing the question does,
   * and code that named it stops compiling. Text with no ASCII letter gets {@code Q_} and a hash.
   */
  public static String constantNameOfText(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    List<String> words = new ArrayList<>();
    for (String word : ascii.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty() && words.size() < SLUG_WORDS) {
        words.add(word.toUpperCase(Locale.ROOT));
      }
    }
    if (words.isEmpty()) {
      return "Q_" + shortHash(text);
    }
    String name = String.join("_", words);
    return Character.isDigit(name.charAt(0)) ? "Q_" + name : name;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
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
