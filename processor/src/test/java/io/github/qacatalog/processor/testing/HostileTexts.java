package io.github.qacatalog.processor.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Texts that break code generators which paste text into source: each named for what it attacks.
 * javac decodes Unicode escapes everywhere, comments included, before it reads anything else.
 */
public final class HostileTexts {
  private HostileTexts() {}

  public static Map<String, String> all() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("comment end", "*/ static { System.exit(1); } /*");
    texts.put("comment start", "/* not a comment, /** nor this");
    texts.put("star slash over a line break", "ends with a star *\n/ starts with a slash");
    texts.put("unicode escape of a line feed", "\\u000a System.exit(1);");
    texts.put("unicode escape of star slash", "\\u002a/ and \\u002A\\u002F");
    texts.put("escaped backslash before an escape", "\\\\u0022 and \\\\\\u0022");
    texts.put("u without digits", "\\u \\uu \\uuuu0041 \\u00");
    texts.put("trailing backslash", "ends with a backslash \\");
    texts.put("two trailing backslashes", "ends with two \\\\");
    texts.put("quotes", "\"double\" 'single' \"\"\" text block \"\"\"");
    texts.put("string closed early", "\"); System.exit(1); (\"");
    texts.put("javapoet and format markers", "$L $S $T $N $$ $ %s %n %d %% {0}");
    texts.put("html and javadoc tags", "<b>bold</b> </code> {@code x} {@link String} @param y @return z <!-- c --> &amp; &#64; &lt;");
    texts.put("unicode line separators", "a\u2028b\u2029c\u0085d");
    texts.put("carriage returns", "a\r\nb\rc\n\rd");
    texts.put("c0 controls", c0Controls());
    texts.put("c1 controls and delete", "\u007f\u0080\u008d\u009f");
    texts.put("nul", "before\u0000after");
    texts.put("emoji", "\uD83D\uDE00 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \u2764\uFE0F \uD83C\uDDEB\uD83C\uDDF7");
    texts.put("right-to-left overrides", "\u202Eevil\u202C \u2066isolate\u2069 \u200Fmark");
    texts.put("invisible characters", "zero\u200Bwidth \uFEFFbom \u00ADsoft \uDB40\uDC41tag");
    texts.put("lone surrogates", "\uD800 high \uDC00 low \uDBFF\uDFFF pair");
    texts.put("ends with a high surrogate", "split pair \uD83D");
    texts.put("noncharacters", "\uFFFE \uFFFF \uFDD0");
    texts.put("scripts", "café 質問 Вопрос سؤال प्रश्न");
    texts.put("empty", "");
    texts.put("only spaces", "   ");
    texts.put("line of 100,000 ASCII characters", "a".repeat(99_999) + "?");
    texts.put("line of 100,000 three-byte characters", "\u20AC".repeat(100_000));
    texts.put("line of 50,000 emoji", "\uD83D\uDE00".repeat(50_000));
    texts.put("nul at the chunk boundary", "\u0000".repeat(32_767) + "x");
    return texts;
  }

  private static String c0Controls() {
    StringBuilder text = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      text.append(c).append('.');
    }
    return text.toString();
  }
}
