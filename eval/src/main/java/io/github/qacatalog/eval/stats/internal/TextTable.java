package io.github.qacatalog.eval.stats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plain-text table: columns padded to their widest cell, numbers right-aligned, a bar before
 * each column that starts a group. Not API.
 */
public final class TextTable {
  private final List<List<String>> header = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private final Set<Integer> groupStarts = new TreeSet<>();
  private List<String> groupLabels = List.of();

  /** Adds a header row. */
  public TextTable header(List<String> cells) {
    header.add(List.copyOf(cells));
    return this;
  }

  /** Adds a row. */
  public TextTable row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  /**
   * A first header line with one label per group (the columns before the first group get the
   * first label), each label spanning its group's columns rather than widening the first.
   */
  public TextTable groupLabels(List<String> labels) {
    groupLabels = List.copyOf(labels);
    return this;
  }

  /** Draws a bar before column {@code index}. */
  public TextTable groupStartsAt(int index) {
    groupStarts.add(index);
    return this;
  }

  /** The table, one line per row, each ending with a line break. */
  public String render() {
    List<List<String>> all = new ArrayList<>(header);
    all.addAll(rows);
    int columns = all.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : all) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    if (!groupLabels.isEmpty()) {
      out.append(spanning(widths)).append('\n');
    }
    for (int r = 0; r < all.size(); r++) {
      List<String> row = all.get(r);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = c < row.size() ? row.get(c) : "";
        if (c > 0) {
          line.append(groupStarts.contains(c) ? " | " : "  ");
        }
        boolean right = r >= header.size() && numeric(cell);
        String pad = " ".repeat(widths[c] - cell.length());
        line.append(right ? pad + cell : cell + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (r == header.size() - 1) {
        out.append("-".repeat(Math.max(0, line.toString().stripTrailing().length()))).append('\n');
      }
    }
    return out.toString();
  }

  /** The group label line; widens a group's last column where its label needs more room. */
  private String spanning(int[] widths) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    starts.addAll(groupStarts);
    starts.add(widths.length);
    StringBuilder line = new StringBuilder();
    for (int g = 0; g + 1 < starts.size(); g++) {
      int from = starts.get(g);
      int to = starts.get(g + 1);
      if (from >= to) {
        continue;
      }
      int width = 2 * (to - from - 1);
      for (int c = from; c < to; c++) {
        width += widths[c];
      }
      String label = g < groupLabels.size() ? groupLabels.get(g) : "";
      if (label.length() > width) {
        widths[to - 1] += label.length() - width;
        width = label.length();
      }
      if (g > 0) {
        line.append(" | ");
      }
      line.append(label).append(" ".repeat(width - label.length()));
    }
    return line.toString().stripTrailing();
  }

  private static boolean numeric(String cell) {
    return !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '+'
        || cell.charAt(0) == '-' && cell.length() > 1);
  }
}
