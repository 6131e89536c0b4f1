package io.github.qacatalog.cli.eval;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.recorded.HandGrades;
import io.github.qacatalog.eval.recorded.RecordedReader;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code --grades FILE}: a person's grades, read against the rubric, matched to the questions. */
public final class HandGradesFile {
  private HandGradesFile() {}

  /**
   * Reads the grades. A row without a model grades the only model under test; with several
   * models, a row names its model in a {@code model} column (else it grades no answer, and the run
   * warns how many do not).
   *
   * @throws RecordedFileException when the file is missing
   * @throws io.github.qacatalog.eval.recorded.RecordedInputException for every bad row or label
   */
  public static HandGrades read(Path file, Rubric rubric, List<QaItem> items, List<AnswerModel> models) {
    if (!Files.isRegularFile(file)) {
      throw new RecordedFileException("hand grades " + file + " not found (a CSV or JSON Lines file"
          + " with a column per criterion; see docs/recorded-and-hand-grades.md)");
    }
    RecordedReader reader = RecordedReader.of(items);
    if (models.size() == 1) {
      reader = reader.withDefaultModel(models.get(0).name());
    }
    return reader.grades(file, rubric);
  }
}
