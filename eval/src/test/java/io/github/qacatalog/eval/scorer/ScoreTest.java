package io.github.qacatalog.eval.scorer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreTest {
  @Test
  void namesAreKeptWhenTheyAreTheScorersAndPrefixedOtherwise() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("judge", 0.5);
    values.put("judge_accuracy", 1.0);
    values.put("completeness", 0.0);
    Score score = new Score(values, Map.of("reason", "short")).prefixedWith("judge");
    assertThat(score.values()).containsExactly("judge", 0.5, "judge_accuracy", 1.0, "judge_completeness", 0.0)
        .inOrder();
    assertThat(score.details()).containsExactly("judge_reason", "short");
  }

  @Test
  void nanAndNullAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Score.of("x", Double.NaN));
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("reason", null);
    assertThrows(NullPointerException.class, () -> Score.detailsOnly(withNull));
  }
}
