package io.github.qacatalog.it;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads what a compiler printed. The seed's own defects are reported as warnings that name the
 * question file; anything else that says "warning" is a complaint about the set-up (such as an
 * unsupported source version) and must not appear.
 */
final class CompilerOutput {
  private static final Pattern SUMMARY = Pattern.compile("\\d+ (warnings?|problems? \\(.*\\))");

  private CompilerOutput() {}

  /** Lines that warn about something other than the question file. */
  static List<String> warningsNotAboutTheQuestionFile(String output, String questionFileName) {
    return output.lines()
        .filter(line -> line.toLowerCase(Locale.ROOT).contains("warning"))
        .filter(line -> !line.contains(questionFileName + ":"))
        .filter(line -> !SUMMARY.matcher(line.strip()).matches())
        .toList();
  }
}
