package io.github.qacatalog.example;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.QaSource;
import java.io.PrintStream;
import java.util.List;

/**
 * An evaluation loop over the second catalog, compiled from {@code qa/deep-dive.md}: every
 * question goes to a model, and its answer is scored against the expected answer in the file.
 */
@QaSource(value = "qa/deep-dive.md", className = "DeepDiveCatalog")
public final class DeepDiveEvaluation {
  private DeepDiveEvaluation() {}

  /** One question's result. */
  public record Result(QaItem item, String answer, double score) {}

  /** Asks {@code model} every question of {@code items} that has an expected answer. */
  public static List<Result> run(List<? extends QaItem> items, AnswerModel model) {
    return items.stream()
        .filter(item -> item.answer().isPresent())
        .map(item -> {
          String answer = model.answer(item.question());
          return new Result(item, answer, TokenF1.score(answer, item.answer().get()));
        })
        .toList();
  }

  /** Runs the retrieval baseline over the deep-dive catalog and prints each score and the mean. */
  static void print(PrintStream out) {
    List<Result> results = run(DeepDiveCatalog.all(), new RetrievalBaseline(DeepDiveCatalog.all()));
    out.println("Evaluation over qa/deep-dive.md (retrieval baseline, token F1)");
    for (Result result : results) {
      out.printf("  %-22s %.2f  %s%n", result.item().id(), result.score(), result.item().question());
      out.printf("  %-22s       expected: %s%n", "", firstLine(result.item().answer().orElseThrow()));
    }
    double mean = results.stream().mapToDouble(Result::score).average().orElse(0);
    out.printf("  %-22s %.2f  over %d questions%n", "Mean", mean, results.size());
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end) + " ...";
  }
}
