package io.github.qacatalog.processor.diagnostic;

/** A 1-based line and column in the question file. */
public record SourcePosition(int line, int column) {

  /** Where a problem with the file as a whole is reported. */
  public static final SourcePosition START = new SourcePosition(1, 1);

  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
