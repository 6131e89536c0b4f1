package io.github.qacatalog.example;

import io.github.qacatalog.QaSource;
import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.model.AnswerModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The evaluation of the second catalog, compiled from {@code qa/deep-dive.md}, against the context
 * file the example ships, {@code context/llms_ctx.txt}: prose about qacatalog, written apart from
 * the gold answers. Design and diagnostics questions expect answers; the questions of "Beyond the
 * Context" ask what the context does not say, and expect a refusal.
 */
@QaSource(value = "qa/deep-dive.md", className = "DeepDiveCatalog")
public final class DeepDiveEvaluation {
  /** The class-path resource of the context file the deep-dive questions are asked against. */
  static final String CONTEXT = "context/llms_ctx.txt";

  private DeepDiveEvaluation() {}

  /** The evaluation of every deep-dive question; the caller adds where the log and CSV go. */
  static Evaluation.Builder of(AnswerModel model) {
    return Evaluation.builder()
        .model(model)
        .items(DeepDiveCatalog.all())
        .context(shippedContext())
        // Named by its generated enum: renaming the section in deep-dive.md stops this compiling.
        .expect(DeepDiveCatalog.BeyondTheContext.class, Expectation.REFUSAL);
  }

  /** The text of the shipped context file. */
  static String shippedContext() {
    try (InputStream in = DeepDiveEvaluation.class.getClassLoader().getResourceAsStream(CONTEXT)) {
      if (in == null) {
        throw new IllegalStateException(CONTEXT + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CONTEXT, e);
    }
  }

  /** Where the deep-dive CSV goes. */
  static Path csvIn(Path directory) {
    return directory.resolve("deep-dive.csv");
  }
}
