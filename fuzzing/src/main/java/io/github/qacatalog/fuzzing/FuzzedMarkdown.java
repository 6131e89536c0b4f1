package io.github.qacatalog.fuzzing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A question file built from the fuzzer's data out of the lines this format is made of: headings,
 * numbered items, Question/Answer markers and their near misses, lists of paraphrases at the top
 * level and under a numbered item, separators, id comments, code
 * fences, HTML and the rest of Markdown, with awkward texts (mojibake, escapes, very long lines),
 * mixed line endings, a byte-order mark and bytes that are not UTF-8. Raw bytes would take the
 * fuzzer long to spell {@code **Question:**}; from here it reaches the deep paths at once.
 */
public final class FuzzedMarkdown {
  private static final String[] WORDS = {
    "What", "Why", "How", "is", "the", "LoRA", "bug", "Q7", "answer", "id", "Part", "Café", "質問", "Ünïcode", "?", "",
  };
  /** Texts that are hard on a parser, on Java source or on a class file. */
  private static final String[] AWKWARD = {
    "Ã©", "â€™", "â€œ", "Ã¤Ã¶Ã¼", "ï»¿", "\uFFFD", "\"", "\\", "*/", "/*", "\\u000a", "\\u002a/", "\u0000", "\t",
    "\u2028", "\u2029", "\u0085", "\u000b", "\u202e", "\u200b", "😀", "e\u0301", "${x}", "%s", "{@code x}", "@see",
    "<b>", "&amp;", "&#x0;", "`code`", "**bold**", "_x_", "[link](http://x)", "\\*", "<!--", "-->", "  ", "\uD800",
  };
  private static final String[] HEADINGS = {"# ", "### ", "#### ", "##", " ## ", "##\t", "## #", "##  "};
  private static final String[] NEAR_MISSES = {
    "**Question**: ", "*Question:* ", "Question: ", "**question:** ", "**Q:** ", "__Question:__ ", "**Question:**",
    "**Answer**: ", "*Answer:* ", "Answer: ", "**answer:** ", "**A:** ", "**Answer:**",
  };
  private static final String[] SEPARATORS = {"---", "***", "___", "- - -", "===", "----------", " ---", "---  "};
  private static final String[] IDS = {"x", "q-1", "Q1", "lora-bug", "", "1x", "a b", "-->", "class", "Ä"};
  private static final String[] FENCES = {"```", "```python", "~~~", "````", "```java", "  ```", "~~~~"};
  private static final String[] OTHER_BLOCKS = {
    "<div>", "</div>", "<pre>", "</pre>", "<!--", "-->", "> ", "- ", "* ", "+ ", "    ", "   ", "\t", "1. - ", "> 1. ",
    "<!-- id: a -->**Question:** ", "| a | b |", "[x]: http://x",
  };
  private static final byte[][] BAD_BYTES = {
    {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x80},
  };
  /** The marker of a question's paraphrases, and what is nearly one. */
  private static final String[] PARAPHRASE_MARKERS = {
    "**Paraphrases:**", "**Paraphrases:**", "**Paraphrase:**", "**paraphrases:**", "** Paraphrases : **",
    "**Paraphrases**:", "*Paraphrases:*", "Paraphrases:", "**Paraphrases:** ", "**Paraphrases:** x",
  };
  /** Where a list of paraphrases stands: the top level, under a numbered item, or not quite either. */
  private static final String[] PARAPHRASE_INDENTS = {"", "", "   ", "    ", "  ", " ", "\t", "> "};
  private static final String[] PARAPHRASE_ITEMS = {"- ", "- ", "* ", "+ ", "-", "-\t", "1. ", "  - ", "    - "};
  private static final String[] DELIMITERS = {") ", ".", ".  ", ".\t"};
  private static final String[] LONG_LINE_PIECES = {"x", "é", "😀", "\\", "\u0000", "€"};
  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};
  private static final int MAX_BLOCKS = 60;

  private FuzzedMarkdown() {}

  /** The bytes of one question file. */
  public static byte[] file(FuzzedDataProvider data) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    int ending = data.consumeInt(0, LINE_ENDS.length);
    if (data.consumeBoolean()) {
      write(file, "\uFEFF");
    }
    int number = 1;
    int blocks = data.consumeInt(0, MAX_BLOCKS);
    for (int b = 0; b < blocks && data.remainingBytes() > 0; b++) {
      String lineEnd = ending < LINE_ENDS.length ? LINE_ENDS[ending] : data.pickValue(LINE_ENDS);
      switch (data.consumeInt(0, 15)) {
        case 0 -> write(file, "## " + text(data));
        case 1 -> write(file, data.pickValue(HEADINGS) + text(data));
        case 2 -> {
          int written = data.consumeBoolean() ? number : data.consumeInt(0, Integer.MAX_VALUE);
          number = written + 1;
          write(file, written + (data.consumeBoolean() ? ". " : data.pickValue(DELIMITERS))
              + text(data));
        }
        case 3 -> write(file, "**Question:** " + text(data));
        case 4 -> write(file, "**Answer:** " + text(data));
        case 5 -> write(file, data.pickValue(NEAR_MISSES) + text(data));
        case 6 -> write(file, data.pickValue(SEPARATORS));
        case 7 -> write(file, "<!-- id: " + (data.consumeBoolean() ? data.pickValue(IDS) : text(data)) + " -->");
        case 8 -> write(file, data.pickValue(FENCES));
        case 9 -> write(file, data.pickValue(OTHER_BLOCKS) + text(data));
        case 10 -> {
          // Enough questions in one section to split its enum into parts.
          int count = data.consumeInt(1, 1_200);
          StringBuilder many = new StringBuilder();
          for (int q = 0; q < count; q++, number++) {
            many.append(number).append(". Question ").append(number).append('?').append(lineEnd);
          }
          write(file, many.toString());
        }
        case 11 -> file.writeBytes(data.pickValue(BAD_BYTES));
        case 12 -> write(file, text(data));
        case 13 -> {
          // The paraphrases of the question before: the marker and its list, one item a line.
          String indent = data.pickValue(PARAPHRASE_INDENTS);
          StringBuilder list = new StringBuilder(indent).append(data.pickValue(PARAPHRASE_MARKERS));
          int items = data.consumeInt(0, 4);
          for (int i = 0; i < items; i++) {
            list.append(data.consumeBoolean() ? lineEnd : lineEnd + lineEnd).append(indent)
                .append(data.pickValue(PARAPHRASE_ITEMS)).append(text(data));
          }
          write(file, list.toString());
        }
        default -> {
          // A blank line ends most blocks; without one the next line may continue this one.
        }
      }
      write(file, lineEnd);
    }
    return file.toByteArray();
  }

  /** A short text put together from words, awkward pieces and the fuzzer's own characters. */
  private static String text(FuzzedDataProvider data) {
    StringBuilder text = new StringBuilder();
    int parts = data.consumeInt(0, 5);
    for (int p = 0; p < parts; p++) {
      switch (data.consumeInt(0, 7)) {
        case 0, 1, 2 -> text.append(data.pickValue(WORDS));
        case 3, 4 -> text.append(data.pickValue(AWKWARD));
        // Past the 65,535 bytes of UTF-8 a class file constant holds (with the wider pieces), and no
        // longer: every character costs the instrumented parser time.
        case 5 -> text.append(data.pickValue(LONG_LINE_PIECES).repeat(data.consumeInt(0, 25_000)));
        default -> text.append(data.consumeString(16));
      }
      if (data.consumeBoolean()) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  private static void write(ByteArrayOutputStream file, String text) {
    file.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
