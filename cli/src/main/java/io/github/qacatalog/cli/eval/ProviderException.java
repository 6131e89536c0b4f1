package io.github.qacatalog.cli.eval;

/**
 * A model the command line cannot build as asked: an unknown provider, a missing key, a recorded
 * file that cannot be used. Its message is for the user and says what to change.
 */
public final class ProviderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProviderException(String message) {
    super(message);
  }
}
