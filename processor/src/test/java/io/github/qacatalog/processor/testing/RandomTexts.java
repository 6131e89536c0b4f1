package io.github.qacatalog.processor.testing;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random texts weighted towards what breaks generated code: comment and escape sequences,
 * quotes, line and paragraph separators, controls, surrogates (paired and lone), bidirectional
 * controls, and now and then a run long enough to need several string literals.
 */
public final class RandomTexts {
  private static final List<String> TOKENS = List.of(
      "*/", "/*", "/**", "*", "/", "\\u000a", "\\u002a/", "\\\\u0022", "\\u", "\\uu0041", "\\", "\\\\", "\"", "'",
      "$", "$L", "$$", "%s", "%n", "<b>", "</b>", "</code>", "{@code", "{@link X}", "@param", "@", "&", "&amp;",
      "&#64;", "<!--", "-->", "\u2028", "\u2029", "\u0085", "\r", "\n", "\r\n", "\t", "\u0000", "\u007f",
      "\u202e", "\u202c", "\u2066", "\u2069", "\u200f", "\u200b", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udfff",
      "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69", "é", "質問", "سؤال", "\u0301", " ", "  ", "\"); x(\"",
      "*/ static { System.exit(1); } /*");

  private RandomTexts() {}

  public static String text(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(0, 12);
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(10)) {
        case 0, 1, 2 -> text.append(TOKENS.get(random.nextInt(TOKENS.size())));
        case 3, 4 -> text.append(word(random));
        case 5 -> text.append((char) random.nextInt(0x80));
        case 6 -> text.append((char) random.nextInt(0x80, 0x10000));
        case 7 -> text.appendCodePoint(random.nextInt(0x10000, 0x110000));
        case 8 -> text.append(' ');
        default -> {
          if (random.nextInt(30) == 0) {
            // Long enough, at up to three bytes a char, to need two or more literals.
            char c = random.nextBoolean() ? 'x' : (char) random.nextInt(0x800, 0xD800);
            text.append(String.valueOf(c).repeat(random.nextInt(20_000, 70_000)));
          } else {
            text.append(word(random));
          }
        }
      }
    }
    return text.toString();
  }

  public static String word(SplittableRandom random) {
    StringBuilder word = new StringBuilder();
    int length = random.nextInt(1, 9);
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
