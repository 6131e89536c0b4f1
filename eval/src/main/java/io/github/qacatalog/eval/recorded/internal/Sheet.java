package io.github.qacatalog.eval.recorded.internal;

import java.util.List;
import java.util.OptionalInt;

/**
 * The rows of one file, with its header (a CSV's first row; in JSON Lines, every key in the order
 * first seen) and the name under which problems name the file.
 */
public record Sheet(String file, List<String> header, List<SheetRow> rows, boolean csv) {

  /** Copies the lists. */
  public Sheet {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Whether a column of that name exists. */
  public boolean has(String column) {
    return header.contains(column);
  }

  /** The column's number, from 1, in a CSV's header; empty in JSON Lines or when absent. */
  public OptionalInt columnNumber(String column) {
    int index = header.indexOf(column);
    return csv && index >= 0 ? OptionalInt.of(index + 1) : OptionalInt.empty();
  }
}
