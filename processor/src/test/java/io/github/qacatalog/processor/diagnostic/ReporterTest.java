package io.github.qacatalog.processor.diagnostic;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of reporting, seen through a sink that records what it is given. */
class ReporterTest {

  /** Records every problem as its formatted text, the setting it is about, and every note. */
  private static final class RecordingSink implements DiagnosticSink {
    final List<String> shown = new ArrayList<>();
    final List<Optional<SettingValue>> settings = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @Override
    public void problem(Diagnostic diagnostic, String path, Optional<SettingValue> setting) {
      shown.add(diagnostic.format(path).lines().findFirst().orElseThrow());
      settings.add(setting);
    }

    @Override
    public void note(String text) {
      notes.add(text);
    }

    @Override
    public Tool tool() {
      return Tool.PROCESSOR;
    }
  }

  /** A gap at 9:1, a duplicate number at 5:1 and a lowercase start at 7:4, reported out of order. */
  private static Diagnostics problems() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.report(Message.NUMBERING_GAP, new SourcePosition(9, 1), 4, 2, "3 is missing");
    diagnostics.report(Message.DUPLICATE_NUMBER, new SourcePosition(5, 1), 2, 3);
    diagnostics.report(Message.LOWERCASE_START, new SourcePosition(7, 4), "our");
    return diagnostics;
  }

  @Test
  void problemsAreShownInFileOrderAndOnlyAnErrorFails() {
    RecordingSink sink = new RecordingSink();
    Reporter reporter = new Reporter(ReportingPolicy.DEFAULT, sink);

    assertThat(reporter.report("QA.md", problems())).isTrue();

    assertThat(sink.shown).containsExactly(
        "QA.md:5:1: error: question number 2 is already used on line 3 [duplicate-number]",
        "QA.md:7:4: warning: question starts with a lowercase letter (\"our\"); was its first letter lost? [lowercase-start]",
        "QA.md:9:1: warning: question 4 follows question 2: 3 is missing [numbering-gap]").inOrder();
    assertThat(sink.notes).isEmpty();
    assertThat(reporter.failed()).isTrue();
  }

  @Test
  void warningsAloneDoNotFail() {
    Diagnostics warnings = new Diagnostics();
    warnings.report(Message.LOWERCASE_START, new SourcePosition(7, 4), "our");
    Reporter reporter = new Reporter(ReportingPolicy.DEFAULT, new RecordingSink());

    assertThat(reporter.report("QA.md", warnings)).isFalse();
    assertThat(reporter.failed()).isFalse();
  }

  @Test
  void strictModeShowsWarningsAsErrorsAndOneNoteCountsThem() {
    RecordingSink sink = new RecordingSink();
    Reporter reporter = new Reporter(new ReportingPolicy(true, List.of()), sink);

    reporter.report("QA.md", problems());

    assertThat(sink.shown.get(1)).startsWith("QA.md:7:4: error: question starts with a lowercase letter");
    assertThat(sink.shown.get(2)).startsWith("QA.md:9:1: error: question 4 follows question 2");
    assertThat(sink.notes).containsExactly(Message.strictModeNote(2, "QA.md"));
    assertThat(sink.notes.get(0)).startsWith("qacatalog strict mode: 2 warning(s) of QA.md counted as errors;");
  }

  @Test
  void acceptedWarningsAreNeitherShownNorCountedButErrorsCannotBeAccepted() {
    RecordingSink sink = new RecordingSink();
    Reporter reporter = new Reporter(
        new ReportingPolicy(true, List.of("numbering-gap:9", " lowercase-start ", "duplicate-number")), sink);

    assertThat(reporter.report("QA.md", problems())).isTrue();

    assertThat(sink.shown).containsExactly(
        "QA.md:5:1: error: question number 2 is already used on line 3 [duplicate-number]");
    assertThat(sink.notes).isEmpty();
  }

  @Test
  void acceptOnAnotherLineAcceptsNothing() {
    RecordingSink sink = new RecordingSink();
    new Reporter(new ReportingPolicy(false, List.of("numbering-gap:8")), sink).report("QA.md", problems());

    // The gap on line 9 is shown, and the entry that accepted nothing is reported after the file's problems.
    assertThat(sink.shown).hasSize(4);
    assertThat(sink.shown.get(2)).startsWith("QA.md:9:1: warning: question 4 follows question 2");
    assertThat(sink.shown.get(3)).isEqualTo("warning: @QaSource accept \"numbering-gap:8\" accepts nothing: line 8 has"
        + " no numbering-gap warning [unused-accept]");
    assertThat(sink.settings.get(3)).hasValue(new SettingValue("accept", "numbering-gap:8"));
  }

  @Test
  void unknownAcceptEntriesAreReportedOnTheEntryAndAreErrorsInStrictMode() {
    RecordingSink lenient = new RecordingSink();
    new Reporter(new ReportingPolicy(false, List.of("numbering-gaps", "numbering-gap:0", "mojibake:28", "unknown-accept")),
        lenient).reportUnknownAccepted("QA.md");
    RecordingSink strict = new RecordingSink();
    Reporter strictReporter = new Reporter(new ReportingPolicy(true, List.of("numbering-gaps")), strict);
    strictReporter.reportUnknownAccepted("QA.md");

    assertThat(lenient.shown).hasSize(3);
    assertThat(lenient.shown.get(0)).isEqualTo("warning: @QaSource accept names no warning: \"numbering-gaps\"; known codes: "
        + ReportingPolicy.acceptableCodes() + " [unknown-accept]");
    assertThat(lenient.settings).containsExactly(Optional.of(new SettingValue("accept", "numbering-gaps")),
        Optional.of(new SettingValue("accept", "numbering-gap:0")),
        Optional.of(new SettingValue("accept", "unknown-accept"))).inOrder();
    assertThat(strict.shown.get(0)).startsWith("error: @QaSource accept names no warning: \"numbering-gaps\"");
    assertThat(strictReporter.failed()).isTrue();
    assertThat(strict.notes).isEmpty();
  }

  @Test
  void acceptableCodesAreTheWarningsOfTheFile() {
    assertThat(ReportingPolicy.acceptableCodes()).contains("numbering-gap, mojibake, lowercase-start");
    assertThat(ReportingPolicy.acceptableCodes()).doesNotContain("unknown-accept");
    assertThat(ReportingPolicy.acceptableCodes()).doesNotContain("duplicate-number");
  }

  @Test
  void problemWithTheFileAsAWholeNamesNoPlace() {
    RecordingSink sink = new RecordingSink();
    Reporter reporter = new Reporter(ReportingPolicy.DEFAULT, sink);

    reporter.report("QA.md", Message.FILE_NOT_FOUND, "QA.md", Message.listOfPlaces(List.of("/a/QA.md", "/b/QA.md")));

    assertThat(sink.shown).containsExactly("error: question file QA.md not found; looked in:");
    assertThat(sink.settings).containsExactly(Optional.empty());
    assertThat(reporter.failed()).isTrue();
  }
}
