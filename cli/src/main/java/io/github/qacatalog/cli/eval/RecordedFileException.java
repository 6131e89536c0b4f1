package io.github.qacatalog.cli.eval;

/**
 * A recorded file that cannot be replayed as it is (missing, empty, several samples of a model):
 * a problem of the data, as a question file's error is, not of the command line.
 */
public final class RecordedFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordedFileException(String message) {
    super(message);
  }
}
