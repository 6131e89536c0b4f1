package io.github.qacatalog.processor.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one question file. Stages add to it instead of throwing, so that a
 * single build reports every problem; the processor generates nothing when {@link #hasErrors()}.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();
  private SourcePosition reading = SourcePosition.START;

  /**
   * Notes the place a stage is working on, so that an unexpected failure can still say where in
   * the file it happened.
   */
  public void nowReading(SourcePosition position) {
    reading = position;
  }

  /** The place last passed to {@link #nowReading}. */
  public SourcePosition reading() {
    return reading;
  }

  /** Records an occurrence of {@code message} at {@code position}, formatting its text with {@code args}. */
  public void report(Message message, SourcePosition position, Object... args) {
    all.add(Diagnostic.of(message, position, args));
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Every problem, in file order (line, then column), stable for problems at the same place. */
  public List<Diagnostic> inFileOrder() {
    List<Diagnostic> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line())
        .thenComparingInt(d -> d.position().column()));
    return List.copyOf(sorted);
  }
}
