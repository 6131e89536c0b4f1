package io.github.qacatalog.example;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.recorded.RecordedAndGraded;
import io.github.qacatalog.eval.recorded.RecordedReader;
import io.github.qacatalog.eval.recorded.RecordedResponses;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The second part of the run command: the deep-dive model (the retrieval baseline offline) side by
 * side with two chat products whose responses were recorded, with hand grades, in {@value
 * #RESPONSES}; a judge grades every answer (the provider's judge model when the environment names
 * one, else {@link StandInJudge}), and the run prints the comparison, the judge's agreement with
 * the person and the calibration of every score against the person's passes.
 */
final class RecordedComparison {
  /** The class-path resource of the recorded responses and their hand grades. */
  static final String RESPONSES = "recorded/deep-dive-responses.csv";

  /** The person's rubric: a pass needs Full and Perfect; conciseness and format do not decide. */
  static final Rubric PERSON = Rubric.of("person",
      Criterion.of("completeness", "Full", "Partial"),
      Criterion.of("accuracy", "Perfect", "Minor Error"),
      Criterion.of("conciseness", "Concise", "Verbose").passingDownTo("Verbose"),
      Criterion.of("format", "Followed", "Ignored").passingDownTo("Ignored"));

  private RecordedComparison() {}

  /** Runs the comparison; its files go to {@code directory}. */
  static RunResult run(PrintStream out, AnswerModel first, Optional<ModelUnderTest.Judge> judge,
      Path directory) {
    Path file = copyOfResponses(directory);
    RecordedAndGraded recorded = RecordedReader.of(DeepDiveCatalog.all())
        .responsesAndGrades(file, file, PERSON);
    RecordedResponses responses = recorded.responses();
    List<AnswerModel> models = new ArrayList<>(List.of(first));
    List<QaItem> items = null;
    for (String name : responses.models()) {
      models.add(responses.model(name));
      List<QaItem> answered = responses.items(name);
      items = items == null ? new ArrayList<>(answered)
          : new ArrayList<>(items.stream().filter(answered::contains).toList());
    }
    out.println("Models: " + String.join(", ", models.stream().map(AnswerModel::name).toList())
        + " (the last " + responses.models().size() + " replay the responses in " + RESPONSES
        + ", no call)");
    Evaluation.Builder evaluation = DeepDiveEvaluation.of(first)
        .models(models.toArray(AnswerModel[]::new))
        .items(items)
        .handGrades(recorded.grades())
        .outputDirectory(directory)
        .out(out);
    if (judge.isPresent()) {
      out.println("Judge: " + judge.get().name() + " (QACATALOG_JUDGE_MODEL), grading by the person's rubric");
      evaluation.judge(judge.get().name(), judge.get().model(), PERSON);
    } else {
      out.println("Judge: " + StandInJudge.NAME + ", a STAND-IN that labels by word overlap, NOT a"
          + " language model: its agreement below shows how the table reads, not how well a judge"
          + " grades. Set a provider and QACATALOG_JUDGE_MODEL for a real one.");
      evaluation.judge(StandInJudge.NAME, new StandInJudge(), PERSON);
    }
    return evaluation.build().run();
  }

  private static Path copyOfResponses(Path directory) {
    try (InputStream in = RecordedComparison.class.getClassLoader().getResourceAsStream(RESPONSES)) {
      if (in == null) {
        throw new IllegalStateException(RESPONSES + " is not on the class path");
      }
      Files.createDirectories(directory);
      Path file = directory.resolve("deep-dive-responses.csv");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + RESPONSES + " to " + directory, e);
    }
  }
}
