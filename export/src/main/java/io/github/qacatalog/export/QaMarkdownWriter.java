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
 * and answers (line numbers aside).
 *
 * <ul>
 *   <li>Each category is a {@code ## title}, followed by its description as written.
 *   <li>A numbered question is a list item {@code 7. text}; numbered questions without an answer
 *       follow each other as one list.
 *   <li>Any other question is a {@code **Question:** text} block.
 *   <li>An answer follows as {@code **Answer:** text}, and a {@code ---} line ends every entry that
 *       has an answer or is a block, so that what follows cannot become part of it.
 *   <li>A question whose id is not {@code Q<number>} gets an {@code <!-- id: ... -->} comment
 *       before it. That pins its name: the written file keeps it even if the question's words or
 *       the naming rule change later.
 * </ul>
 */
public final class QaMarkdownWriter {
  /**
   * The start of an answer that would mean something else right after {@code **Answer:** } on
   * the same line (a fence, a list, a quote, a heading, indentation); such answers start on a
   * line of their own, where they keep the block structure they were written with.
   */
  private static final Pattern STARTS_A_BLOCK =
      Pattern.compile("\\A(?:\\s|[-+*](?:\\s|\\z)|[>#<]|```|~~~|\\d{1,9}[.)](?:\\s|\\z))");

  private QaMarkdownWriter() {}

  /** The Markdown of {@code categories}, in order. */
  public static String render(List<? extends QaCategory> categories) {
    StringBuilder markdown = new StringBuilder();
    write(categories, markdown);
    return markdown.toString();
  }

  /** Appends the Markdown of {@code categories} to {@code out}. */
  public static void write(List<? extends QaCategory> categories, Appendable out) {
    try {
      for (QaCategory category : categories) {
        writeCategory(category, out);
      }
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
    for (QaItem item : category.items()) {
      boolean numbered = item.number() > 0;
      boolean hasAnswer = item.answer().isPresent();
      boolean needsId = !(numbered && item.id().equals("Q" + item.number()));
      if (inList && (needsId || !numbered)) {
        out.append('\n');
        inList = false;
      }
      if (needsId) {
        out.append("<!-- id: ").append(item.id()).append(" -->\n");
      }
      if (numbered) {
        out.append(Integer.toString(item.number())).append(". ").append(item.question()).append('\n');
        inList = !hasAnswer;
        if (!hasAnswer) {
          continue;
        }
        out.append('\n');
      } else {
        out.append("**Question:** ").append(item.question()).append("\n\n");
      }
      if (hasAnswer) {
        String answer = item.answer().get();
        out.append(STARTS_A_BLOCK.matcher(answer).lookingAt() ? "**Answer:**\n\n" : "**Answer:** ")
            .append(answer).append("\n\n");
      }
      out.append("---\n\n");
    }
    if (inList) {
      out.append('\n');
    }
  }
}
