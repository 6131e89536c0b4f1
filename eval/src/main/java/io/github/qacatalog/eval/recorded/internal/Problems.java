package io.github.qacatalog.eval.recorded.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The problems found in recorded files, each a line {@code file:row:column: message}, in order found. */
public final class Problems {
  // A set: a file read for responses and for grades reports a row's problem once.
  private final Set<String> lines = new LinkedHashSet<>();
  private boolean csv;

  /** Adds a problem at {@code where} ({@code file:row:column}). */
  public void add(String where, String message) {
    lines.add(where + ": " + message);
  }

  /** Adds a problem in a sheet. */
  public void add(Sheet sheet, SheetRow row, Cell cell, String message) {
    csv |= sheet.csv();
    add(sheet.at(row, cell), message);
  }

  /** Adds a problem at a row and column of a sheet. */
  public void add(Sheet sheet, int row, int column, String message) {
    csv |= sheet.csv();
    add(sheet.at(row, column), message);
  }

  /** Marks that a CSV file had a problem, so that the summary explains how rows are numbered. */
  public void sawCsv() {
    csv = true;
  }

  /** The problem lines so far. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Whether there is none. */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** Whether a problem was in a CSV file. */
  public boolean inCsv() {
    return csv;
  }
}
