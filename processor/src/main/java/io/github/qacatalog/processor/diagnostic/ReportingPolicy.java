package io.github.qacatalog.processor.diagnostic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the problems of a question file are judged before they are printed: whether warnings count
 * as errors, and which warnings the user accepted on purpose. The processor reads it from
 * {@code @QaSource} and its options, the command line from its flags.
 *
 * @param strict whether warnings are shown, and counted, as errors
 * @param accepted warnings accepted on purpose, as {@code code} or {@code code:line}
 */
public record ReportingPolicy(boolean strict, List<String> accepted) {
  /** Warnings are warnings, and none is accepted. */
  public static final ReportingPolicy DEFAULT = new ReportingPolicy(false, List.of());

  public ReportingPolicy {
    accepted = accepted.stream().map(String::strip).toList();
  }

  /** Entries of {@code accepted} that name no warning: typos that would accept nothing. */
  public List<String> unknownAccepted() {
    List<String> unknown = new ArrayList<>();
    for (String entry : accepted) {
      int colon = entry.indexOf(':');
      String code = colon < 0 ? entry : entry.substring(0, colon);
      String line = colon < 0 ? "1" : entry.substring(colon + 1);
      boolean known = acceptable().anyMatch(m -> m.code().equals(code));
      if (!known || !line.matches("[1-9][0-9]{0,9}")) {
        unknown.add(entry);
      }
    }
    return unknown;
  }

  /**
   * Entries of {@code accepted} that name a known warning and a line, {@code code:line}, and accept
   * none of {@code found}: a line that moved, or a warning that was fixed. An entry of a code alone
   * accepts the warning wherever it is, so it may rightly find none in a file.
   */
  public List<String> unusedAccepted(List<Diagnostic> found) {
    List<String> unused = new ArrayList<>();
    List<String> unknown = unknownAccepted();
    for (String entry : accepted) {
      if (entry.indexOf(':') < 0 || unknown.contains(entry)
          || found.stream().anyMatch(d -> accepts(d) && entry.equals(d.message().code() + ":" + d.position().line()))) {
        continue;
      }
      unused.add(entry);
    }
    return unused;
  }

  /** The codes that {@code accepted} may name, for messages. */
  public static String acceptableCodes() {
    return acceptable().map(Message::code).collect(Collectors.joining(", "));
  }

  /** Whether the user accepted this problem on purpose. Errors cannot be accepted. */
  public boolean accepts(Diagnostic diagnostic) {
    if (diagnostic.severity() != Severity.WARNING || !diagnostic.message().hasPlaceInFile()) {
      return false;
    }
    String code = diagnostic.message().code();
    return accepted.contains(code) || accepted.contains(code + ":" + diagnostic.position().line());
  }

  /** The problem as it is shown: in strict mode, a warning becomes an error. */
  Diagnostic shown(Diagnostic diagnostic) {
    return strict && diagnostic.severity() == Severity.WARNING ? diagnostic.withSeverity(Severity.ERROR) : diagnostic;
  }

  /** Warnings found in the file; a problem with the settings themselves is no place to accept. */
  private static Stream<Message> acceptable() {
    return Arrays.stream(Message.values()).filter(m -> m.severity() == Severity.WARNING && m.hasPlaceInFile());
  }
}
