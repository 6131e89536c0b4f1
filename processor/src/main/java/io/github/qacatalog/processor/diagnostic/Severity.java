package io.github.qacatalog.processor.diagnostic;

/** How much a problem in the question file weighs. */
public enum Severity {
  /** Fails the build; nothing is generated. */
  ERROR,
  /** Printed; fails the build only in strict mode. */
  WARNING;

  /** The word printed before the message, as compilers do: {@code error} or {@code warning}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
