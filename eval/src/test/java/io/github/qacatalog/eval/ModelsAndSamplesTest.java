package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several models and repeated samples in one run: each question, model and sample on its own. */
class ModelsAndSamplesTest {
  @TempDir Path dir;

  @Test
  void eachModelAndSampleIsAskedLoggedAndCachedOnItsOwn() throws Exception {
    Fakes.OracleModel a = new Fakes.OracleModel("a");
    Fakes.OracleModel b = new Fakes.OracleModel("b");
    Path log = dir.resolve("log.jsonl");
    Fakes.Output output = new Fakes.Output();
    RunResult result = Fakes.evaluation(a, log, output).models(a, b).repeat(2)
        .items(ProductFacts.COLOUR, ProductFacts.WEIGHT).csv(dir.resolve("results.csv")).build().run();

    assertThat(result.models()).containsExactly("a", "b").inOrder();
    assertThat(a.calls.get()).isEqualTo(4);
    assertThat(b.calls.get()).isEqualTo(4);
    // Items x models x samples, in that order.
    assertThat(result.items().stream().map(r -> r.id() + "/" + r.model() + "/" + r.sample()).toList())
        .containsExactly("colour/a/1", "colour/a/2", "colour/b/1", "colour/b/2",
            "weight/a/1", "weight/a/2", "weight/b/1", "weight/b/2").inOrder();
    assertThat(result.items().stream().map(ItemResult::variant).distinct().toList()).containsExactly("default");
    assertThat(output.lastLine()).isEqualTo(
        "answers: 8 from the model, 0 from the log, 0 failed, of 8 questions; 8 calls to the model");
    List<RunRecord> records = RunLog.read(log);
    assertThat(records.stream().map(r -> r.model() + "/" + r.sample()).distinct().count()).isEqualTo(4);
    List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
    assertThat(csv.get(0)).startsWith("model,variant,sample,");
    assertThat(csv).hasSize(9);

    Fakes.OracleModel a2 = new Fakes.OracleModel("a");
    Fakes.Output again = new Fakes.Output();
    Fakes.evaluation(a2, log, again).repeat(3).items(ProductFacts.COLOUR, ProductFacts.WEIGHT).build().run();
    assertThat(a2.calls.get()).isEqualTo(2); // only the third sample of each is new
    assertThat(again.lastLine()).isEqualTo(
        "answers: 2 from the model, 4 from the log, 0 failed, of 6 questions; 2 calls to the model");
  }

  @Test
  void twoModelsOfOneNameAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        Evaluation.builder().models(new Fakes.OracleModel("x"), new Fakes.OracleModel("x")));
    assertThat(e).hasMessageThat().contains("two models named x");
    assertThrows(IllegalArgumentException.class, () -> Evaluation.builder().repeat(0));
  }

  @Test
  void eachModelHasATableOfItsOwn() {
    Fakes.Output output = new Fakes.Output();
    Fakes.evaluation(new Fakes.OracleModel("a"), null, output)
        .models(new Fakes.OracleModel("a"), new Fakes.OracleModel("b"))
        .items(QaCatalog.OutOfScopeQa.Q1).build().run();
    assertThat(output.out()).startsWith("Evaluation of a\n");
    assertThat(output.out()).contains("\nEvaluation of b\n");
  }
}
