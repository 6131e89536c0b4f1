package io.github.qacatalog.eval.score;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JudgeVerdictParserTest {
  private static final JudgeVerdict FULL_MARKS =
      JudgeVerdict.of(
          Completeness.FULL, Accuracy.ACCURATE, Hallucinations.NONE, Format.OK,
          "Matches the gold answer.");

  /** Outputs that hold the same verdict in the many shapes judges give it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"completeness\": \"full\", \"accuracy\": \"accurate\", \"hallucinations\": \"none\","
            + " \"format\": \"ok\", \"reason\": \"Matches the gold answer.\"}",
        // In a code fence, with prose around it.
        "Here is my evaluation:\n\n```json\n{\n  \"completeness\": \"full\",\n  \"accuracy\":"
            + " \"accurate\",\n  \"hallucinations\": \"none\",\n  \"format\": \"ok\",\n"
            + "  \"reason\": \"Matches the gold answer.\"\n}\n```\n\nLet me know if you need more.",
        "```\n{\"completeness\":\"full\",\"accuracy\":\"accurate\",\"hallucinations\":\"none\","
            + "\"format\":\"ok\",\"reason\":\"Matches the gold answer.\"}\n```",
        // Key case and separators, value case.
        "{\"Completeness\": \"FULL\", \"ACCURACY\": \"Accurate\", \"Hallucinations\": \"None\","
            + " \"Format\": \"OK\", \"Reason\": \"Matches the gold answer.\"}",
        "{\"completeness_grade\": \"full\", \"accuracy-grade\": \"accurate\","
            + " \"hallucination\": \"none\", \"format\": \"ok\", \"explanation\": \"Matches the"
            + " gold answer.\"}",
        // Lenient JSON: single quotes, unquoted names, trailing comma, comments.
        "{completeness: 'full', accuracy: 'accurate', // graded\n hallucinations: 'none',"
            + " format: 'ok', reason: 'Matches the gold answer.',}",
        // Synonyms.
        "{\"completeness\": \"complete\", \"correctness\": \"correct\", \"hallucinations\": \"no\","
            + " \"format\": \"good\", \"rationale\": \"Matches the gold answer.\"}",
        "{\"completeness\": \"full\", \"accuracy\": \"fully accurate\", \"hallucinations\": false,"
            + " \"format\": true, \"reason\": \"Matches the gold answer.\"}",
        // Nested one level down, and grades as objects.
        "{\"verdict\": {\"completeness\": \"full\", \"accuracy\": \"accurate\","
            + " \"hallucinations\": \"none\", \"format\": \"ok\", \"reason\": \"Matches the gold"
            + " answer.\"}}",
        "{\"completeness\": {\"grade\": \"full\", \"reason\": \"Matches the gold answer.\"},"
            + " \"accuracy\": {\"grade\": \"accurate\"}, \"hallucinations\": {\"severity\":"
            + " \"none\"}, \"format\": {\"rating\": \"ok\"}}",
        // A multi-line reason becomes one line.
        "{\"completeness\": \"full\", \"accuracy\": \"accurate\", \"hallucinations\": \"none\","
            + " \"format\": \"ok\", \"reason\": \"Matches the\\n   gold answer.\"}",
        // A brace in prose before the object, an example object without grades.
        "Grading {as asked}: {\"note\": 1} then {\"completeness\": \"full\", \"accuracy\":"
            + " \"accurate\", \"hallucinations\": \"none\", \"format\": \"ok\", \"reason\":"
            + " \"Matches the gold answer.\"}",
        // No JSON at all: labelled lines.
        "Completeness: full\nAccuracy: accurate\nHallucinations: none\nFormat: ok\n"
            + "Reason: Matches the gold answer.",
        "**Completeness:** Full\n**Accuracy:** Accurate\n**Hallucinations:** None\n"
            + "**Format:** OK\n**Reason:** Matches the gold answer.",
      })
  void readsVerdictsInManyShapes(String raw) {
    JudgeVerdict verdict = JudgeVerdictParser.parse(raw);
    assertWithMessage(raw).that(verdict).isEqualTo(FULL_MARKS);
    assertThat(verdict.parsed()).isTrue();
  }

  @Test
  void readsEveryGrade() {
    JudgeVerdict verdict =
        JudgeVerdictParser.parse(
            "{\"completeness\": \"partial\", \"accuracy\": \"partly\", \"hallucinations\":"
                + " \"minor\", \"format\": \"poor\", \"reason\": \"Half right.\"}");
    assertThat(verdict)
        .isEqualTo(
            JudgeVerdict.of(
                Completeness.PARTIAL, Accuracy.PARTLY, Hallucinations.MINOR, Format.POOR,
                "Half right."));
    verdict =
        JudgeVerdictParser.parse(
            "{\"completeness\": \"none\", \"accuracy\": \"inaccurate\", \"hallucinations\":"
                + " \"major\", \"format\": \"ok\"}");
    assertThat(verdict)
        .isEqualTo(
            JudgeVerdict.of(
                Completeness.NONE, Accuracy.INACCURATE, Hallucinations.MAJOR, Format.OK, ""));
    assertThat(
            JudgeVerdictParser.parse(
                    "{\"completeness\": \"partially complete\", \"accuracy\": \"mostly"
                        + " accurate\", \"hallucinations\": \"severe\", \"format\": \"bad\"}")
                .completeness())
        .isEqualTo(Completeness.PARTIAL);
  }

  @Test
  void theFirstCompleteObjectWins() {
    JudgeVerdict verdict =
        JudgeVerdictParser.parse(
            "{\"completeness\": \"full\", \"accuracy\": \"accurate\", \"hallucinations\": \"none\","
                + " \"format\": \"ok\", \"reason\": \"first\"}\n{\"completeness\": \"none\","
                + " \"accuracy\": \"inaccurate\", \"hallucinations\": \"major\", \"format\":"
                + " \"poor\", \"reason\": \"second\"}");
    assertThat(verdict.reason()).isEqualTo("first");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   \n\t ",
        "I think the response is quite good overall.",
        "garbage \u0000\u0001\uFFFF {{{{ ]]]] \"\"\" ",
        "{",
        "{\"completeness\": \"full\", \"accuracy\":",
        "{\"completeness\": \"full\", \"accuracy\": \"accurate\"}",
        "{\"completeness\": \"full\", \"accuracy\": \"accurate\", \"hallucinations\": \"none\"}",
        "{\"completeness\": \"brilliant\", \"accuracy\": \"accurate\", \"hallucinations\":"
            + " \"none\", \"format\": \"ok\"}",
        "{\"completeness\": \"full\", \"accuracy\": \"accurate\", \"hallucinations\": \"yes\","
            + " \"format\": \"ok\"}",
        "{\"completeness\": null, \"accuracy\": null, \"hallucinations\": null, \"format\": null}",
        "[1, 2, 3]",
        "{\"score\": 4, \"reason\": \"good\"}",
        "\"just a string\"",
        "```json\n```",
        "\uD800{\"completeness\": \"full\"",
        // The rubric's form echoed back.
        "{\"completeness\": \"full|partial|none\", \"accuracy\": \"accurate|partly|inaccurate\","
            + " \"hallucinations\": \"none|minor|major\", \"format\": \"ok|poor\","
            + " \"reason\": \"one line\"}",
      })
  void unreadableOutputIsAnUnparsableVerdictNeverAnException(String raw) {
    JudgeVerdict verdict = JudgeVerdictParser.parse(raw);
    assertThat(verdict.parsed()).isFalse();
    assertThat(verdict.completeness()).isNull();
    assertThat(verdict.accuracy()).isNull();
    assertThat(verdict.hallucinations()).isNull();
    assertThat(verdict.format()).isNull();
    assertThat(verdict.reason()).startsWith("unparsable: ");
    assertThat(verdict.raw()).isEqualTo(raw == null ? "" : raw);
    assertThat(verdict.score()).isNaN();
    assertThat(verdict.acceptable()).isFalse();
  }

  @Test
  void unparsableVerdictsSayWhy() {
    assertThat(JudgeVerdictParser.parse(null).reason()).isEqualTo("unparsable: no output");
    assertThat(JudgeVerdictParser.parse(" ").reason()).isEqualTo("unparsable: empty output");
    assertThat(JudgeVerdictParser.parse("Looks fine to me.").reason())
        .isEqualTo("unparsable: no JSON object in the output");
    assertThat(
            JudgeVerdictParser.parse("{\"completeness\": \"full\", \"accuracy\": \"accurate\"}")
                .reason())
        .isEqualTo("unparsable: missing hallucinations; missing format");
    assertThat(
            JudgeVerdictParser.parse(
                    "{\"completeness\": \"brilliant\", \"accuracy\": \"accurate\","
                        + " \"hallucinations\": \"none\", \"format\": \"ok\"}")
                .reason())
        .isEqualTo("unparsable: completeness \"brilliant\" is not full, partial or none");
  }

  @Test
  void hugeOutputIsReadWithoutTrouble() {
    String object =
        "{\"completeness\": \"full\", \"accuracy\": \"accurate\", \"hallucinations\": \"none\","
            + " \"format\": \"ok\", \"reason\": \"Matches the gold answer.\"}";
    assertThat(JudgeVerdictParser.parse("blah ".repeat(100_000) + object)).isEqualTo(FULL_MARKS);
    JudgeVerdict braces = JudgeVerdictParser.parse("{".repeat(2_000_000));
    assertThat(braces.parsed()).isFalse();
    assertThat(braces.raw().length()).isAtMost(JudgeVerdict.MAX_RAW_LENGTH);
    JudgeVerdict deep = JudgeVerdictParser.parse("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000));
    assertThat(deep.parsed()).isFalse();
    String reason = "x".repeat(100_000);
    JudgeVerdict longReason =
        JudgeVerdictParser.parse(object.replace("Matches the gold answer.", reason));
    assertThat(longReason.parsed()).isTrue();
    assertThat(longReason.reason().length()).isAtMost(JudgeVerdict.MAX_REASON_LENGTH);
  }

  @Test
  void verdictScores() {
    assertThat(FULL_MARKS.score()).isEqualTo(1.0);
    assertThat(FULL_MARKS.acceptable()).isTrue();
    JudgeVerdict half =
        JudgeVerdict.of(
            Completeness.PARTIAL, Accuracy.PARTLY, Hallucinations.MINOR, Format.POOR, "");
    assertThat(half.score()).isWithin(1e-12).of(0.5);
    assertThat(half.acceptable()).isFalse();
  }
}
