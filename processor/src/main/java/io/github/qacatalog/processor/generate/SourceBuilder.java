package io.github.qacatalog.processor.generate;

import java.util.Optional;

/**
 * Java source text being written line by line, indented by two spaces a level. Texts from the
 * question file go in only through {@link #stringExpression} and {@link #javadoc}, which escape
 * them with {@link JavaText}.
 */
final class SourceBuilder {
  private static final String INDENT = "  ";
  /** Indentation of each level, and the Javadoc line start at each level, made once. */
  private static final String[] INDENTS = new String[32];
  private static final String[] JAVADOC_LINES = new String[32];

  static {
    for (int level = 0; level < INDENTS.length; level++) {
      INDENTS[level] = INDENT.repeat(level);
      JAVADOC_LINES[level] = INDENTS[level] + " *";
    }
  }

  private final AsciiBuilder out;
  private int level;

  SourceBuilder(int capacity) {
    out = new AsciiBuilder(capacity);
  }

  SourceBuilder indent() {
    level++;
    return this;
  }

  SourceBuilder unindent() {
    level--;
    return this;
  }

  /** Starts a line at the current indentation. */
  SourceBuilder begin() {
    out.append(INDENTS[level]);
    return this;
  }

  /**
   * Appends code written by the generator itself, never text from the file: names in it have been
   * through {@link JavaText#identifier}, so it is ASCII, which is checked.
   */
  SourceBuilder code(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) >= 0x80) {
        throw new IllegalStateException("generated code that is not ASCII: " + code);
      }
    }
    out.append(code);
    return this;
  }

  SourceBuilder code(long number) {
    out.append(number);
    return this;
  }

  SourceBuilder end() {
    out.append('\n');
    return this;
  }

  /** A whole line of the generator's own code. */
  SourceBuilder line(String code) {
    return begin().code(code).end();
  }

  SourceBuilder blankLine() {
    out.append('\n');
    return this;
  }

  /**
   * An expression that evaluates to {@code text}; continuation lines of a long text are indented
   * two levels deeper than the current line.
   */
  SourceBuilder stringExpression(String text) {
    JavaText.appendStringExpression(out, text, continuationIndent());
    return this;
  }

  /** A string expression, or {@code null} when there is no text. */
  SourceBuilder stringExpressionOrNull(Optional<String> text) {
    if (text.isPresent()) {
      return stringExpression(text.get());
    }
    out.append("null");
    return this;
  }

  private String continuationIndent() {
    return INDENTS[level + 2];
  }

  /** Opens a Javadoc comment. */
  SourceBuilder javadocStart() {
    return line("/**");
  }

  /**
   * One paragraph of Javadoc: the generator's own {@code before}, a file's {@code text} escaped
   * (its line breaks continue the comment), then the generator's own {@code after}.
   */
  SourceBuilder javadoc(String before, String text, String after) {
    begin().code(text.isEmpty() && before.isEmpty() ? " *" : " * ").code(before);
    JavaText.appendJavadoc(out, text, JAVADOC_LINES[level]);
    return code(after).end();
  }

  /** A Javadoc line of the generator's own text; an empty string gives an empty line. */
  SourceBuilder javadoc(String own) {
    begin().code(own.isEmpty() ? " *" : " * " + own);
    return end();
  }

  SourceBuilder javadocEnd() {
    return line(" */");
  }

  int length() {
    return out.length();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
