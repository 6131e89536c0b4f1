package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.DiagnosticSink;
import io.github.qacatalog.processor.diagnostic.SettingValue;
import io.github.qacatalog.processor.diagnostic.Tool;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Prints problems as the processor's messages read: {@code FILE:LINE:COL: error: message [code]}
 * and the hint below, each line ended by {@code \n}; a note as {@code note: ...}, as javac prints
 * the processor's. A problem with a flag, such as {@code --accept}, starts with the file it was
 * applied to, {@code FILE: warning: ...}, as the processor's starts with the annotation's place.
 */
final class PlainTextSink implements DiagnosticSink {
  private final PrintWriter out;

  PlainTextSink(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void problem(Diagnostic shown, String path, Optional<SettingValue> setting) {
    String file = setting.isPresent() && !path.isEmpty() ? path + ": " : "";
    out.print(file + shown.format(path, tool()) + "\n");
    out.flush();
  }

  @Override
  public void note(String text) {
    out.print("note: " + text + "\n");
    out.flush();
  }

  @Override
  public Tool tool() {
    return Tool.COMMAND_LINE;
  }
}
