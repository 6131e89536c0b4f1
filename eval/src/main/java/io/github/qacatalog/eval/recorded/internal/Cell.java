package io.github.qacatalog.eval.recorded.internal;

/**
 * One value of a row and where it stands: the value stripped of surrounding white space, with line
 * breaks inside it as {@code \n}; the column counted from 1 (in a CSV, as a spreadsheet counts
 * columns; in JSON Lines, the character at which the value starts).
 */
public record Cell(String value, int column) {

  /** Whether the cell holds nothing but white space. */
  public boolean isBlank() {
    return value.isBlank();
  }
}
