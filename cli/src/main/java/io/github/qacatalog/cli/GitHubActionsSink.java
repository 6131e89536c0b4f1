package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.DiagnosticSink;
import io.github.qacatalog.processor.diagnostic.Severity;
import io.github.qacatalog.processor.diagnostic.SettingValue;
import io.github.qacatalog.processor.diagnostic.Tool;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints problems as GitHub Actions workflow commands, {@code ::error file=F,line=L,col=C,title=CODE::message},
 * which the runner turns into annotations on the file and line of the pull request. The message
 * is the processor's, with the command line's hint; a problem with a flag, such as {@code --accept},
 * names the file it applied to and no line, so that it shows on the file.
 */
final class GitHubActionsSink implements DiagnosticSink {
  private final PrintWriter out;

  GitHubActionsSink(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void problem(Diagnostic shown, String path, Optional<SettingValue> setting) {
    List<String> properties = new ArrayList<>();
    if (!path.isEmpty()) {
      properties.add("file=" + escapeProperty(path));
      if (setting.isEmpty() && shown.message().hasPlaceInFile()) {
        properties.add("line=" + shown.position().line());
        properties.add("col=" + shown.position().column());
      }
    }
    properties.add("title=" + escapeProperty(shown.message().code()));
    String command = shown.severity() == Severity.ERROR ? "error" : "warning";
    print("::" + command + " " + String.join(",", properties) + "::" + escapeData(shown.body(tool())));
  }

  @Override
  public void note(String text) {
    print("::notice::" + escapeData(text));
  }

  @Override
  public Tool tool() {
    return Tool.COMMAND_LINE;
  }

  private void print(String line) {
    out.print(line + "\n");
    out.flush();
  }

  /** The escaping of a command's message, as in GitHub's actions/toolkit. */
  static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The escaping of a command's property value: a message's, and ':' and ',' that end a property. */
  static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }
}
