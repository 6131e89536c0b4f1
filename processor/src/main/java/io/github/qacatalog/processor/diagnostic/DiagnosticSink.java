package io.github.qacatalog.processor.diagnostic;

import java.util.Optional;

/**
 * Where {@link Reporter} sends what it decided to show: javac's Messager in the processor, a
 * stream on the command line. A sink only renders; which problems are shown, with which
 * severity, in which order, and the wording, are the reporter's.
 */
public interface DiagnosticSink {

  /**
   * Shows one problem.
   *
   * @param shown the problem with the severity it is shown with, which strict mode may have raised
   * @param path the question file's path as users should read it; for a problem with a setting, the
   *     file the setting applied to, or empty
   * @param setting the value the problem is about, when it is about a setting rather than the file
   */
  void problem(Diagnostic shown, String path, Optional<SettingValue> setting);

  /** Shows a note that is no problem of its own, such as how many warnings strict mode counted. */
  void note(String text);

  /** The tool this sink prints for: hints and notes name its settings. */
  Tool tool();
}
