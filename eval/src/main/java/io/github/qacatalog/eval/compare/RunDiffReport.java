package io.github.qacatalog.eval.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link RunDiff} shown to people: as console text, and as GitHub Actions workflow commands (one
 * {@code ::warning} per regression, one {@code ::notice} per fix) for {@code --format github}.
 */
public final class RunDiffReport {
  private RunDiffReport() {}

  /** The diff as console text. */
  public static String render(RunDiff d) {
    StringBuilder out = new StringBuilder();
    out.append("Against the earlier run (").append(d.earlierModel()).append(" then, ").append(d.model())
        .append(" now): ").append(d.regressions().size()).append(" regression")
        .append(d.regressions().size() == 1 ? "" : "s").append(", ").append(d.fixes().size())
        .append(" fix").append(d.fixes().size() == 1 ? "" : "es").append(", ").append(d.unchanged())
        .append(" unchanged\n");
    for (QuestionChange c : d.regressions()) {
      out.append("  regression ").append(line(c)).append('\n');
    }
    for (QuestionChange c : d.fixes()) {
      out.append("  fix        ").append(line(c)).append('\n');
    }
    if (!d.onlyEarlier().isEmpty()) {
      out.append("  asked before, not now: ").append(ComparisonTable.ids(d.onlyEarlier())).append('\n');
    }
    if (!d.onlyNow().isEmpty()) {
      out.append("  new questions: ").append(ComparisonTable.ids(d.onlyNow())).append('\n');
    }
    return out.toString();
  }

  /** One workflow command per regression ({@code ::warning}) and per fix ({@code ::notice}). */
  public static List<String> github(RunDiff d) {
    List<String> out = new ArrayList<>();
    for (QuestionChange c : d.regressions()) {
      out.add("::warning title=" + property("Regression: " + c.questionId()) + "::" + message(
          "passed before, fails now: " + line(c)));
    }
    for (QuestionChange c : d.fixes()) {
      out.add("::notice title=" + property("Fixed: " + c.questionId()) + "::" + message(
          "failed before, passes now: " + line(c)));
    }
    return out;
  }

  private static String line(QuestionChange c) {
    String where = (c.variant().isEmpty() ? "" : c.variant() + "/") + c.questionId()
        + (c.category().isEmpty() ? "" : " (" + c.category() + ")");
    return String.format(Locale.ROOT, "%s: passed %.0f %% of samples before, %.0f %% now%s", where,
        100 * c.before(), 100 * c.now(), c.question().isEmpty() ? "" : ": " + c.question().strip());
  }

  /** A workflow command's message, escaped as GitHub's toolkit does. */
  static String message(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A workflow command's property value, escaped as GitHub's toolkit does. */
  static String property(String text) {
    return message(text).replace(":", "%3A").replace(",", "%2C");
  }
}
