package io.github.qacatalog.eval.recorded.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found in recorded files, each a line {@code file:row:column: message}: ordered by
 * file (in the order read), then row, then as found; each line once, since a file read for both
 * responses and grades meets a row's problem twice.
 */
public final class Problems {
  private record Problem(String file, int row, String line) {}

  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> lines = new LinkedHashSet<>();
  private final List<String> files = new ArrayList<>();
  private boolean csv;

  /** Adds a problem at a row and column of a file. */
  public void add(String file, int row, int column, String message) {
    String line = file + ":" + row + ":" + column + ": " + message;
    if (lines.add(line)) {
      if (!files.contains(file)) {
        files.add(file);
      }
      problems.add(new Problem(file, row, line));
    }
  }

  /** Adds a problem in a cell of a sheet. */
  public void add(Sheet sheet, SheetRow row, Cell cell, String message) {
    add(sheet, row.row(), cell.column(), message);
  }

  /** Adds a problem at a row and column of a sheet. */
  public void add(Sheet sheet, int row, int column, String message) {
    csv |= sheet.csv();
    add(sheet.file(), row, column, message);
  }

  /** Marks that a CSV file had a problem, so that the summary explains how rows are numbered. */
  public void sawCsv() {
    csv = true;
  }

  /** The problem lines so far, in order. */
  public List<String> lines() {
    return problems.stream()
        .sorted(Comparator.comparingInt((Problem p) -> files.indexOf(p.file())).thenComparingInt(Problem::row))
        .map(Problem::line)
        .toList();
  }

  /** Whether there is none. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Whether a problem was in a CSV file. */
  public boolean inCsv() {
    return csv;
  }
}
