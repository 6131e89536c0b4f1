package io.github.qacatalog.eval.recorded.internal;

import java.util.Map;

/**
 * One row of a sheet: its number (in a CSV, as a spreadsheet numbers it, the header being row 1;
 * in JSON Lines, the line) and its cells by column name.
 */
public record SheetRow(int row, Map<String, Cell> cells, int missingColumn) {

  /** Copies the cells. */
  public SheetRow {
    cells = Map.copyOf(cells);
  }

  /**
   * The cell of a column; a blank cell when the row has none, placed at the column's position in
   * the header when it has one ({@code missingColumn} otherwise).
   */
  public Cell cell(String column, Sheet sheet) {
    Cell cell = cells.get(column);
    if (cell != null) {
      return cell;
    }
    return new Cell("", sheet.columnNumber(column).orElse(missingColumn));
  }
}
