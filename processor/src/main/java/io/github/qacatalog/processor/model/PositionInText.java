package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.diagnostic.SourcePosition;

/**
 * The line and column of a character inside a text of the model. Every text is cut out of the
 * file in one piece, with the file's own {@code \n} line breaks, so where it starts and the text
 * itself tell where each of its characters stands: the model keeps one position per text, and a
 * position inside it is worked out only for the few characters a diagnostic points at.
 */
public final class PositionInText {
  private PositionInText() {}

  /** Where {@code text.charAt(index)} stands, {@code text} starting at {@code start}. */
  public static SourcePosition of(String text, SourcePosition start, int index) {
    int lastBreak = text.lastIndexOf('\n', index - 1);
    if (lastBreak < 0) {
      return new SourcePosition(start.line(), start.column() + index);
    }
    int breaks = 0;
    for (int i = lastBreak; i >= 0; i = text.lastIndexOf('\n', i - 1)) {
      breaks++;
    }
    return new SourcePosition(start.line() + breaks, index - lastBreak);
  }
}
