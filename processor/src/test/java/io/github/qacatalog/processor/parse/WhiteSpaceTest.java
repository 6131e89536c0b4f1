package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.testing.HostileTexts;
import io.github.qacatalog.processor.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WhiteSpaceTest {

  /** Short texts with white space of every kind at both ends, beside characters that are none. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(List.of(
        "", " ", "x", " \t\n x \u2003\u3000", "\u001C\u001F a\u00A0", "\u00A0 a \u00A0", "\uFEFF a \uFEFF",
        "\u2028\u2029 \uD83D\uDE00 \u0085", " \uD800 ", "\uDC00\u2000", "\t\u000B\f\r\n", "\u200B x \u200B"));
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 300; i++) {
      String text = RandomTexts.text(random);
      if (text.length() < 40) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** Markdown's white space, written apart from the class under test. */
  private static final String LEADING = "\\A[ \\t\\n\\u000B\\f\\r]+";
  private static final String TRAILING = "[ \\t\\n\\u000B\\f\\r]+\\z";

  private static String markdownStrip(String text) {
    return text.replaceFirst(LEADING, "").replaceFirst(TRAILING, "");
  }

  @Test
  void onlyMarkdownsWhiteSpaceIsWhiteSpace() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      boolean markdown = " \t\n\u000B\f\r".indexOf(c) >= 0;
      assertThat(WhiteSpace.isSpace((char) c)).isEqualTo(markdown);
    }
  }

  @Test
  void aTextEndingInAUnicodeSpaceKeepsIt() {
    assertThat(WhiteSpace.stripped("##\u2028", 0, 3)).isEqualTo("##\u2028");
    assertThat(WhiteSpace.stripped(" \u00A0Why?\u3000 \n", 0, 9)).isEqualTo("\u00A0Why?\u3000");
  }

  @Test
  void strippedIsMarkdownStripOfTheSubstringForEveryPartOfEveryText() {
    for (String text : texts()) {
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          String part = text.substring(from, to);
          assertThat(WhiteSpace.stripped(text, from, to)).isEqualTo(markdownStrip(part));
          assertThat(WhiteSpace.skip(text, from, to)).isEqualTo(to - part.replaceFirst(LEADING, "").length());
          assertThat(WhiteSpace.skipBack(text, from, to)).isEqualTo(from + part.replaceFirst(TRAILING, "").length());
        }
      }
    }
  }

  @Test
  void longHostileTextsStripLikeMarkdown() {
    for (String text : HostileTexts.all().values()) {
      String padded = " \n" + text + "\u3000\t";
      assertThat(WhiteSpace.stripped(padded, 0, padded.length())).isEqualTo(markdownStrip(padded));
    }
  }

  @Test
  void indentIsSpacesAndTabsOnly() {
    assertThat(WhiteSpace.skipIndent("  \t 1. x", 0)).isEqualTo(4);
    assertThat(WhiteSpace.skipIndent("x  \n  y", 1)).isEqualTo(3);
    assertThat(WhiteSpace.skipIndent(" \u00A0x", 0)).isEqualTo(1);
    assertThat(WhiteSpace.skipIndent("x  ", 1)).isEqualTo(3);
  }

  @Test
  void skippingStaysInsideThePart() {
    assertThat(WhiteSpace.skip("a   b", 1, 3)).isEqualTo(3);
    assertThat(WhiteSpace.skipBack("a   b", 2, 4)).isEqualTo(2);
    assertThat(WhiteSpace.stripped("a   b", 1, 4)).isEmpty();
  }
}
