package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.catalog.QaCatalog.OutOfScopeQa;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.result.RunResult;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two ways an evaluation runs as tests, as docs/evaluation.md ("In JUnit") shows them: one run for the class (its
 * log makes a second run free), then one test per question, and assertions over the whole run.
 */
class JUnitUsageTest {
  @TempDir static Path dir;
  static RunResult result;

  @BeforeAll
  static void evaluate() {
    result = Fakes.evaluation(new Fakes.OracleModel(), dir.resolve("run-log.jsonl"), new Fakes.Output())
        .items(QaCatalog.all())
        .build()
        .run();
  }

  /** One test per question: a failure names the question and tells the whole story. */
  @ParameterizedTest
  @EnumSource(OutOfScopeQa.class)
  void refusesWhatTheContextDoesNotSay(OutOfScopeQa question) {
    result.get(question).assertPassed();
  }

  /** One test per question; a question without a gold answer is asked but not graded. */
  @ParameterizedTest
  @EnumSource(ProductFacts.class)
  void answersFromTheContext(ProductFacts question) {
    result.get(question).assertNotFailed();
  }

  /** An assertion over a whole run: a category's mean score, its pass rate. */
  @Test
  void theCategoryMeetsItsBar() {
    assertThat(result.meanScore(ProductFacts.class, "similarity")).isAtLeast(0.7);
    assertThat(result.passRate(ProductFacts.class)).isEqualTo(1.0);
    assertThat(result.passRate(OutOfScopeQa.class)).isEqualTo(1.0);
  }
}
