package io.github.qacatalog.eval.recorded.graded;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.recorded.MatchRule;
import io.github.qacatalog.eval.recorded.RecordedReader;
import io.github.qacatalog.eval.recorded.RecordedResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question pasted into a chat loses its Markdown: the loose rule still finds it. */
class MarkdownInQuestionsTest {
  @TempDir Path dir;

  @Test
  void backticksAndStarsDroppedOnTheWayStillMatchIgnoringPunctuation() throws Exception {
    Path csv = Files.writeString(dir.resolve("r.csv"), String.join("\r\n",
        "question,response",
        "what happens when a --- is forgotten after an answer,The questions get swallowed.",
        "Which marker mistakes does the processor catch,Near misses.", ""), StandardCharsets.UTF_8);

    var all = RecordedReader.of(GradedCatalog.all()).responses(csv).all();

    RecordedResponse swallowed = all.get(0);
    assertThat(swallowed.item()).isEqualTo(GradedCatalog.DiagnosticsDeepDive.SWALLOWED_QUESTIONS);
    assertThat(swallowed.rule()).isEqualTo(MatchRule.LOOSE_TEXT);
    assertThat(swallowed.wording().text())
        .isEqualTo("What happens when a `---` is forgotten after an answer?");
    assertThat(all.get(1).item()).isEqualTo(GradedCatalog.DiagnosticsDeepDive.NEAR_MISS);
  }
}
