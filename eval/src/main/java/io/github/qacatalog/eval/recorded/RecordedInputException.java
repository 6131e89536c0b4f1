package io.github.qacatalog.eval.recorded;

import java.util.List;

/**
 * Recorded responses or hand grades that cannot be used as they are: every problem found, each a
 * line {@code file:row:column: message}, found in one pass over the files. In a CSV, rows are
 * numbered as a spreadsheet numbers them, the header being row 1, and columns from 1 (A is 1); in
 * JSON Lines, the row is the line and the column the character.
 */
public final class RecordedInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The note that ends the message when a problem is in a CSV file. */
  static final String CSV_NOTE =
      "(CSV rows are numbered as in a spreadsheet, the header being row 1; columns from 1, A = 1)";

  private final transient List<String> problems;

  RecordedInputException(List<String> problems, boolean csv) {
    super(message(problems, csv));
    this.problems = List.copyOf(problems);
  }

  /** The problems, each {@code file:row:column: message}, in the order of the files. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems, boolean csv) {
    String lines = String.join(System.lineSeparator(), problems);
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return count + " in the recorded data:" + System.lineSeparator() + lines
        + (csv ? System.lineSeparator() + CSV_NOTE : "");
  }
}
