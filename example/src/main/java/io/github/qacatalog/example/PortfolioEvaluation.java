package io.github.qacatalog.example;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.baseline.RetrievalBaseline;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.report.html.HtmlReport;
import io.github.qacatalog.eval.report.html.HtmlReportWriter;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.SemanticSimilarity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IntSummaryStatistics;
import java.util.Map;
import java.util.Optional;

/**
 * The run command. Prints what the seed catalog ({@code qa/QA.md}) holds, then evaluates a model:
 * the deep-dive catalog against the context file the example ships and, when the user names their
 * own context file, the seed catalog against it, its Out-of-Scope QA expecting refusals.
 *
 * <p>The model is a real provider when the environment names one (see {@link ModelUnderTest}),
 * else a retrieval baseline that needs no network and no key. Results go to {@code
 * target/qa-eval/} (the {@code qacatalog.eval.dir} system property): {@code run-log.jsonl}, which
 * is also the cache, and one CSV per catalog.
 */
public final class PortfolioEvaluation {
  /** The seed's category whose questions the context cannot answer: they expect a refusal. */
  static final Class<QaCatalog.OutOfScopeQa> SEED_REFUSALS = QaCatalog.OutOfScopeQa.class;

  /** The environment variable naming the user's context file, when no argument does. */
  static final String CONTEXT_VARIABLE = "QACATALOG_CONTEXT";

  /** The folder, under the output directory, of the comparison with the recorded responses. */
  static final String COMPARISON = "comparison";

  private PortfolioEvaluation() {}

  public static void main(String[] args) {
    Path directory = Path.of(System.getProperty("qacatalog.eval.dir", "target/qa-eval"));
    Path userContext = args.length > 0 ? Path.of(args[0])
        : Optional.ofNullable(System.getenv(CONTEXT_VARIABLE)).filter(s -> !s.isBlank()).map(Path::of).orElse(null);
    run(System.out, System.getenv(), userContext, directory);
  }

  static void run(PrintStream out, Map<String, String> env, Path userContext, Path directory) {
    printSeed(out);

    Optional<ModelUnderTest> provider = ModelUnderTest.fromEnvironment(env);
    Path log = directory.resolve("run-log.jsonl");

    out.println();
    out.println("== Deep-dive catalog (qa/deep-dive.md) against the shipped context (" + DeepDiveEvaluation.CONTEXT + ")");
    AnswerModel deepDiveModel = provider.map(ModelUnderTest::model)
        .orElseGet(() -> baseline(out, DeepDiveEvaluation.shippedContext()));
    provider.ifPresent(p -> out.println("Model: " + p.description()));
    Evaluation.Builder deepDiveEvaluation = DeepDiveEvaluation.of(deepDiveModel)
        .log(log).csv(DeepDiveEvaluation.csvIn(directory)).out(out)
        .report(new HtmlReportWriter().withTitle("qacatalog deep dive"), directory);
    provider.flatMap(ModelUnderTest::judge).ifPresent(judge -> deepDiveEvaluation.judge(judge.name(), judge.model()));
    RunResult deepDive = deepDiveEvaluation.build().run();

    out.println();
    // The retrieval baseline, offline even when a provider is set: the comparison calls no model
    // under test; only a judge model named by the environment makes calls.
    AnswerModel offline = provider.isEmpty() ? deepDiveModel
        : RetrievalBaseline.fromContext(DeepDiveEvaluation.shippedContext(), SemanticSimilarity.miniLm());
    out.println("== Comparison: " + offline.name() + " beside two chat products' recorded responses, hand-graded ("
        + RecordedComparison.RESPONSES + ")");
    RecordedComparison.run(out, offline, provider.flatMap(ModelUnderTest::judge),
        directory.resolve(COMPARISON));

    out.println();
    if (userContext == null) {
      out.println("== Seed catalog (qa/QA.md): not evaluated. Name your context file to evaluate it:");
      // The README's run command (RepositoryCommandsIT holds the two alike), with the context named.
      out.println("   ./mvnw -B -pl example -am -DskipTests -Dorg.slf4j.simpleLogger.defaultLogLevel=warn package exec:java"
          + " -Dexec.args=path/to/llms_ctx.txt");
      out.println("   (or set " + CONTEXT_VARIABLE + "); its Out-of-Scope QA questions expect refusals.");
    } else {
      String context = read(userContext);
      out.println("== Seed catalog (qa/QA.md) against " + userContext);
      AnswerModel seedModel = provider.map(ModelUnderTest::model).orElseGet(() -> baseline(out, context));
      provider.ifPresent(p -> out.println("Model: " + p.description()));
      Evaluation.builder()
          .model(seedModel)
          .items(QaCatalog.all())
          .context(context)
          .expect(SEED_REFUSALS, Expectation.REFUSAL)
          .log(log).csv(directory.resolve("qa.csv")).out(out)
          .build().run();
    }
    out.println();
    out.println("Written to " + directory + ": run-log.jsonl (every answer; also the cache), "
        + (userContext == null ? "deep-dive.csv" : "deep-dive.csv, qa.csv")
        + "; " + COMPARISON + "/: results.csv, summary.csv, junit.xml, agreement.csv, disagreements.csv,"
        + " calibration.csv and its own run log");
    out.println("Report: " + directory.resolve(HtmlReport.NAME).toUri());
    if (deepDive.errors() > 0) {
      out.println("Some calls failed; run the same command again to retry only those.");
    }
  }

  private static AnswerModel baseline(PrintStream out, String context) {
    RetrievalBaseline baseline = RetrievalBaseline.fromContext(context, SemanticSimilarity.miniLm());
    out.printf("Model: %s, a BASELINE, not a language model: it answers with the passage of the context"
        + " most similar to the question under %s, and refuses when no passage reaches similarity %.2f."
        + " Set OPENAI_API_KEY, ANTHROPIC_API_KEY or OLLAMA_BASE_URL to evaluate a real model.%n",
        baseline.name(), SemanticSimilarity.MINI_LM_NAME, baseline.threshold());
    return baseline;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the context file " + file, e);
    }
  }

  static void printSeed(PrintStream out) {
    out.println("Questions in qa/QA.md");
    for (QaCategory category : QaCatalog.categories()) {
      IntSummaryStatistics numbers = category.items().stream().mapToInt(QaItem::number).summaryStatistics();
      out.printf("  %-20s %3d questions, numbered %d-%d%n",
          category.title(), category.items().size(), numbers.getMin(), numbers.getMax());
    }
    out.printf("  %-20s %3d questions%n", "Total", QaCatalog.all().size());

    // A direct reference: renaming or deleting question 37 in the file stops this from compiling.
    QaCatalog.OutOfScopeQa probe = QaCatalog.OutOfScopeQa.Q37;
    out.println();
    out.println("Direct reference QaCatalog.OutOfScopeQa.Q37 (line " + probe.line() + "): " + probe.question());
    out.println("  expected: " + describe(expectation(probe)));

    // The exhaustive switch below, printed for the question it is asked about.
    QaCatalog.ColdChatQa coldChat = QaCatalog.ColdChatQa.Q14;
    out.println("Exhaustive switch on QaCatalog.ColdChatQa.Q14 (line " + coldChat.line() + "): " + coldChat.question());
    out.println("  a good answer should " + expectedBehaviour(coldChat));
  }

  /** What the seed evaluation expects of a question, by the category its {@code expect} call names. */
  static Expectation expectation(QaItem item) {
    return SEED_REFUSALS.isInstance(item) ? Expectation.REFUSAL : Expectation.ANSWER;
  }

  private static String describe(Expectation expectation) {
    return expectation == Expectation.REFUSAL
        ? "a refusal: the context cannot answer it, so the model must say the information is not available"
        : "an answer from the context";
  }

  /**
   * What a good answer to a cold-chat question must do. The switch has no default: when a
   * question is added to the section, the compiler lists this method until it is handled.
   */
  static String expectedBehaviour(QaCatalog.ColdChatQa question) {
    return switch (question) {
      case Q14, Q16, Q17, Q26, Q27, Q28 -> "answer with a concrete engineering plan";
      case Q15, Q19, Q24 -> "answer with a story from the context file";
      case Q18, Q20, Q21, Q22, Q23, Q25 -> "answer with research reasoning";
    };
  }
}
