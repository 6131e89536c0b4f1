package io.github.qacatalog.eval;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.internal.Hashes;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.result.ItemResult;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.RunLog;
import io.github.qacatalog.eval.store.RunRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheTest {
  @TempDir Path dir;

  /** Records every question it is asked. */
  static final class Recorder implements AnswerModel {
    final List<String> asked = new CopyOnWriteArrayList<>();
    private final String name;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public ModelAnswer answer(String systemPrompt, String userMessage) {
      asked.add(userMessage);
      return ModelAnswer.of("answer to " + userMessage);
    }
  }

  private RunResult run(AnswerModel model, List<? extends QaItem> items, String context,
      Fakes.Output output) {
    return Fakes.evaluation(model, dir.resolve("log.jsonl"), output)
        .items(items).context(context).build().run();
  }

  @Test
  void anUnchangedRunTakesEveryAnswerFromTheLogAndAppendsNothing() throws Exception {
    Recorder model = new Recorder("m");
    run(model, QaCatalog.all(), Fakes.CONTEXT, new Fakes.Output());
    int logged = RunLog.read(dir.resolve("log.jsonl")).size();

    Recorder again = new Recorder("m");
    Fakes.Output output = new Fakes.Output();
    RunResult second = run(again, QaCatalog.all(), Fakes.CONTEXT, output);

    assertThat(again.asked).isEmpty();
    assertThat(output.lastLine()).isEqualTo("answers: 0 from the model, 8 from the log, 0 failed, of 8 questions; 0 calls to the model");
    assertThat(second.items().stream().allMatch(ItemResult::fromLog)).isTrue();
    assertThat(second.get(QaCatalog.ProductFacts.COLOUR).response())
        .hasValue("answer to What colour is the Acme widget?");
    assertThat(RunLog.read(dir.resolve("log.jsonl"))).hasSize(logged);
  }

  @Test
  void editingOneQuestionAsksOnlyThatQuestionAgain() {
    Map<String, String> questions = new LinkedHashMap<>();
    questions.put("a", "What is A?");
    questions.put("b", "What is B?");
    questions.put("c", "What is C?");
    run(new Recorder("m"), Fakes.items("Letters", questions), Fakes.CONTEXT, new Fakes.Output());

    questions.put("b", "What is B, exactly?");
    Recorder model = new Recorder("m");
    Fakes.Output output = new Fakes.Output();
    run(model, Fakes.items("Letters", questions), Fakes.CONTEXT, output);

    assertThat(model.asked).containsExactly("What is B, exactly?");
    assertThat(output.lastLine()).isEqualTo("answers: 1 from the model, 2 from the log, 0 failed, of 3 questions; 1 call to the model");
  }

  @Test
  void aChangedContextOrSystemPromptAsksEverythingAgain() {
    List<QaItem> items = new ArrayList<>(List.of(QaCatalog.OutOfScopeQa.values()));
    run(new Recorder("m"), items, Fakes.CONTEXT, new Fakes.Output());

    Recorder model = new Recorder("m");
    Fakes.Output output = new Fakes.Output();
    run(model, items, Fakes.CONTEXT + " It floats.", output);
    assertThat(model.asked).hasSize(3);
    assertThat(output.lastLine()).isEqualTo("answers: 3 from the model, 0 from the log, 0 failed, of 3 questions; 3 calls to the model");

    Recorder third = new Recorder("m");
    Fakes.Output thirdOutput = new Fakes.Output();
    Fakes.evaluation(third, dir.resolve("log.jsonl"), thirdOutput)
        .items(items).context(Fakes.CONTEXT)
        .systemPrompt("Answer from this only:\n{{context}}")
        .build().run();
    assertThat(third.asked).hasSize(3);
    assertThat(thirdOutput.lastLine()).isEqualTo("answers: 3 from the model, 0 from the log, 0 failed, of 3 questions; 3 calls to the model");
  }

  @Test
  void anotherModelNameAsksEverythingAgain() {
    List<QaCatalog.OutOfScopeQa> items = List.of(QaCatalog.OutOfScopeQa.values());
    run(new Recorder("m"), items, Fakes.CONTEXT, new Fakes.Output());
    Recorder other = new Recorder("n");
    run(other, items, Fakes.CONTEXT, new Fakes.Output());
    assertThat(other.asked).hasSize(3);
  }

  @Test
  void theLogHoldsOneRecordPerAnswerWithHashesTokensAndScores() throws Exception {
    run(new Fakes.OracleModel(), QaCatalog.all(), Fakes.CONTEXT, new Fakes.Output());
    List<RunRecord> records = RunLog.read(dir.resolve("log.jsonl"));

    assertThat(records).hasSize(8);
    RunRecord colour = records.stream().filter(r -> r.id().equals("colour")).findFirst().orElseThrow();
    assertThat(colour.model()).isEqualTo("oracle");
    assertThat(colour.category()).isEqualTo("Product Facts");
    assertThat(colour.expectation()).isEqualTo("ANSWER");
    assertThat(colour.questionHash()).isEqualTo(Hashes.sha256("What colour is the Acme widget?"));
    assertThat(colour.promptHash()).hasLength(64);
    assertThat(colour.response()).isEqualTo("The Acme widget is blue.");
    assertThat(colour.passed()).isTrue();
    assertThat(colour.outcome()).isEqualTo("PASSED");
    assertThat(colour.inputTokens()).isEqualTo(100);
    assertThat(colour.outputTokens()).isEqualTo(7);
    assertThat(colour.responseModel()).isEqualTo("oracle-2026-01-01");
    assertThat(colour.source()).isEqualTo("model");
    assertThat(colour.scores()).containsExactly("similarity", 1.0, "refusal", 0.0).inOrder();
    assertThat(colour.timestamp()).endsWith("Z");
  }
}
