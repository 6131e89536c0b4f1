package io.github.qacatalog.processor.diagnostic;

import java.util.Objects;

/**
 * One problem found in the question file.
 *
 * @param message what kind of problem it is; its code names it in {@code accept} lists
 * @param severity the severity it was reported with
 * @param position where to fix it
 * @param text the message, with the details of this occurrence filled in
 */
public record Diagnostic(Message message, Severity severity, SourcePosition position, String text) {

  public Diagnostic {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(text, "text");
  }

  /** An occurrence of {@code message} at {@code position}, its text formatted with {@code args}. */
  public static Diagnostic of(Message message, SourcePosition position, Object... args) {
    return of(Tool.PROCESSOR, message, position, args);
  }

  /**
   * An occurrence of {@code message} at {@code position}, worded for {@code tool}: only a message
   * about a setting, which names the setting, reads differently.
   */
  public static Diagnostic of(Tool tool, Message message, SourcePosition position, Object... args) {
    return new Diagnostic(message, message.severity(), position, message.format(tool, args));
  }

  /** {@link #format(String, Tool)} as the processor prints it. */
  public String format(String path) {
    return format(path, Tool.PROCESSOR);
  }

  /**
   * Formats as compilers do: {@code path:LINE:COL: error: message}, then the hint on its own line.
   * A problem that has no place in the file (it was not found) omits the place. The message's
   * code closes the line, so that users know what to write to accept a warning.
   */
  public String format(String path, Tool tool) {
    String where = message.hasPlaceInFile() ? path + ":" + position.line() + ":" + position.column() + ": " : "";
    return where + severity.label() + ": " + body(tool);
  }

  /** {@link #body(Tool)} as the processor prints it. */
  public String body() {
    return body(Tool.PROCESSOR);
  }

  /**
   * What {@link #format} prints after the place and the severity: {@code message [code]}, then the
   * hint of {@code tool} on its own line when there is one.
   */
  public String body(Tool tool) {
    String head = text + " [" + message.code() + "]";
    String hint = message.hint(tool);
    return hint.isEmpty() ? head : head + "\n  hint: " + hint;
  }

  /** The same problem shown with another severity, as strict mode shows a warning. */
  Diagnostic withSeverity(Severity shown) {
    return new Diagnostic(message, shown, position, text);
  }
}
