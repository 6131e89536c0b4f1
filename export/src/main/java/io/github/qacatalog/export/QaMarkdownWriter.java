package io.github.qacatalog.export;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a catalog back to Markdown in the Question/Answer format, so that compiling the written
 * text gives the same catalog again: the same categories, descriptions, ids, numbers, questions
 * paraphrases and answers (line numbers aside).
 *
 * <ul>
 *   <li>Each category is a {@code ## title}, followed by its description as written.
 *   <li>A numbered question is a list item {@code 7. text}; numbered questions without an answer
 *       follow each other as one list.
 *   <li>Any other question is a {@code **Question:** text} block.
 *   <li>Paraphrases follow the question as a {@code **Paraphrases:**} line and a list of {@code
 *       - text} items, after a blank line (a numbered question's list ends there).
 *   <li>An answer follows as {@code **Answer:** text}, and a {@code ---} line separates an entry
 *       that has an answer or paraphrases, or is a block, from the next entry, so that it cannot
 *       take it in.
 *   <li>A question whose id is not {@code Q<number>} gets an {@code <!-- id: ... -->} comment
 *       before it. That pins its name: the written file keeps it even if the question's words or
 *       the naming rule change later.
 * </ul>
 */
public final class QaMarkdownWriter {
  /**
   * The start of a text that would mean something else right after a marker on the same line (a
   * fence, a list, a quote, a heading, indentation); such texts start on a line of their own,
   * where they keep the block structure they were written with.
   */
  private static final Pattern STARTS_A_BLOCK =
      Pattern.compile("\\A(?:\\s|[-+*](?:\\s|\\z)|[>#<]|```|~~~|\\d{1,9}[.)](?:\\s|\\z))");

  private QaMarkdownWriter() {}

  /** The marker and what separates it from {@code text}: a space, or a blank line. */
  private static String marker(String marker, String text) {
    return STARTS_A_BLOCK.matcher(text).lookingAt() ? marker + "\n\n" : marker + " ";
  }

  /** The Markdown of {@code categories}, in order, ending in one line break. */
  public static String render(List<? extends QaCategory> categories) {
    StringBuilder markdown = new StringBuilder();
    try {
      for (QaCategory category : categories) {
        writeCategory(category, markdown);
      }
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not throw", e);
    }
    int end = markdown.length();
    while (end > 0 && markdown.charAt(end - 1) == '\n') {
      end--;
    }
    markdown.setLength(end);
    return end == 0 ? "" : markdown.append('\n').toString();
  }

  /** Appends the Markdown of {@code categories} to {@code out}. */
  public static void write(List<? extends QaCategory> categories, Appendable out) {
    try {
      out.append(render(categories));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeCategory(QaCategory category, Appendable out) throws IOException {
    out.append("## ").append(category.title()).append("\n\n");
    if (category.description().isPresent()) {
      out.append(category.description().get()).append("\n\n");
    }
    boolean inList = false;
    boolean needsSeparator = false;
    for (QaItem item : category.items()) {
      boolean numbered = item.number() > 0;
      boolean hasAnswer = item.answer().isPresent();
      boolean hasParaphrases = !item.paraphrases().isEmpty();
      boolean needsId = !(numbered && item.id().equals("Q" + item.number()));
      if (inList && (needsId || !numbered)) {
        out.append('\n');
      }
      // Between entries only: after the last one a heading or the end of the file ends it, and a
      // code block left open at the end of the file must not take a separator in.
      if (needsSeparator) {
        out.append("---\n\n");
      }
      if (needsId) {
        out.append("<!-- id: ").append(item.id()).append(" -->\n");
      }
      if (numbered) {
        out.append(Integer.toString(item.number())).append(". ").append(item.question()).append('\n');
        if (hasAnswer || hasParaphrases) {
          out.append('\n');
        }
      } else {
        out.append(marker("**Question:**", item.question())).append(item.question()).append("\n\n");
      }
      if (hasParaphrases) {
        out.append("**Paraphrases:**\n");
        for (String paraphrase : item.paraphrases()) {
          out.append("- ").append(paraphrase).append('\n');
        }
        out.append('\n');
      }
      if (hasAnswer) {
        String answer = item.answer().get();
        out.append(marker("**Answer:**", answer)).append(answer).append("\n\n");
      }
      inList = numbered && !hasAnswer && !hasParaphrases;
      needsSeparator = !inList;
    }
    if (inList) {
      out.append('\n');
    }
  }

}
