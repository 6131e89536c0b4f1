package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.DiagnosticSink;
import io.github.qacatalog.processor.diagnostic.SettingValue;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Prints problems as the processor's messages read: {@code FILE:LINE:COL: error: message [code]}
 * and the hint below, each line ended by {@code \n}; a note as {@code note: ...}, as javac prints
 * the processor's.
 */
final class PlainTextSink implements DiagnosticSink {
  private final PrintWriter out;

  PlainTextSink(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void problem(Diagnostic shown, String path, Optional<SettingValue> setting) {
    out.print(shown.format(path) + "\n");
    out.flush();
  }

  @Override
  public void note(String text) {
    out.print("note: " + text + "\n");
    out.flush();
  }
}
