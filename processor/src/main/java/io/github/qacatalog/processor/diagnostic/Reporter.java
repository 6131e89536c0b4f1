package io.github.qacatalog.processor.diagnostic;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one way problems reach users, in the processor and on the command line alike. It applies
 * the {@link ReportingPolicy} (accepted warnings are dropped; strict mode shows warnings as
 * errors and closes each file with a note counting them), keeps file order, and remembers
 * whether anything was shown as an error. How a problem looks is {@link Diagnostic#format}'s;
 * where it goes is the {@link DiagnosticSink}'s.
 */
public final class Reporter {
  private final ReportingPolicy policy;
  private final DiagnosticSink sink;
  private boolean failed;

  public Reporter(ReportingPolicy policy, DiagnosticSink sink) {
    this.policy = policy;
    this.sink = sink;
  }

  /**
   * Reports each entry of the policy's accept list that names no warning, as a problem with the
   * setting, for the question file at {@code path} that it applied to.
   */
  public void reportUnknownAccepted(String path) {
    for (String entry : policy.unknownAccepted()) {
      report(path, new SettingValue(SettingValue.ACCEPT, entry), Message.UNKNOWN_ACCEPT, entry,
          ReportingPolicy.acceptableCodes());
    }
  }

  /** Reports a problem with a value the user set, such as the class name. */
  public void report(SettingValue setting, Message message, Object... args) {
    report("", setting, message, args);
  }

  /** Reports a problem with a value the user set for the question file at {@code path}. */
  public void report(String path, SettingValue setting, Message message, Object... args) {
    show(Diagnostic.of(sink.tool(), message, SourcePosition.START, args), path, Optional.of(setting));
  }

  /** Reports a problem with the question file as a whole, such as that it is missing. */
  public void report(String path, Message message, Object... args) {
    report(path, SourcePosition.START, message, args);
  }

  /** Reports one problem at {@code position} of the question file. */
  public void report(String path, SourcePosition position, Message message, Object... args) {
    show(Diagnostic.of(sink.tool(), message, position, args), path, Optional.empty());
  }

  /**
   * Reports every problem that compiling one file found, in file order, then each {@code code:line}
   * of the accept list that accepted none of them, and then, when strict mode turned warnings into
   * errors, one note that counts them.
   *
   * @return whether any of them was shown as an error
   */
  public boolean report(String path, Diagnostics diagnostics) {
    boolean fileFailed = false;
    int raised = 0;
    List<Diagnostic> found = diagnostics.inFileOrder();
    for (Diagnostic diagnostic : found) {
      if (policy.accepts(diagnostic)) {
        continue;
      }
      Diagnostic shown = show(diagnostic, path, Optional.empty());
      if (shown.severity() != diagnostic.severity()) {
        raised++;
      }
      fileFailed |= shown.severity() == Severity.ERROR;
    }
    for (String entry : wasRead(found) ? policy.unusedAccepted(found) : List.<String>of()) {
      int colon = entry.indexOf(':');
      Diagnostic unused = Diagnostic.of(sink.tool(), Message.UNUSED_ACCEPT, SourcePosition.START, entry,
          Integer.parseInt(entry.substring(colon + 1)), entry.substring(0, colon));
      fileFailed |= show(unused, path, Optional.of(new SettingValue(SettingValue.ACCEPT, entry))).severity()
          == Severity.ERROR;
    }
    if (raised > 0) {
      sink.note(Message.strictModeNote(sink.tool(), raised, path));
    }
    return fileFailed;
  }

  /** Whether the stages ran on the file; if not, no warning could be found to accept. */
  private static boolean wasRead(List<Diagnostic> found) {
    return found.stream().map(Diagnostic::message).noneMatch(UNREAD::contains);
  }

  /** Messages that stop the stages before they read the file's text. */
  private static final Set<Message> UNREAD = EnumSet.of(Message.FILE_TOO_LARGE, Message.INPUT_TOO_LARGE,
      Message.FILE_NOT_UTF8, Message.FILE_EMPTY);

  /** Whether anything this reporter showed was an error: the build, or the check, fails. */
  public boolean failed() {
    return failed;
  }

  private Diagnostic show(Diagnostic diagnostic, String path, Optional<SettingValue> setting) {
    Diagnostic shown = policy.shown(diagnostic);
    failed |= shown.severity() == Severity.ERROR;
    sink.problem(shown, path, setting);
    return shown;
  }
}
