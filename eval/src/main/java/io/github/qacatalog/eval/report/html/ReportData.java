package io.github.qacatalog.eval.report.html;

import java.util.List;
import java.util.Objects;

/**
 * Everything the report shows, as plain data: the run, the rubric, per category and model
 * statistics, the paired comparisons, the judge-person agreement, and one row per question.
 *
 * <p>Every text in it is shown as text, never as markup: a response holding {@code <script>} is
 * displayed, not run. It must hold no secret: it is written to disk as it is.
 *
 * @param run the facts of the run
 * @param rubric the rubric the judge and people grade by; its labels are the review page's controls
 * @param categories pass rate and mean scores per category and model
 * @param comparisons paired comparisons against a baseline; may be empty
 * @param agreement agreement between the judge and a person per criterion; may be empty
 * @param calibration how well each numeric score separates the person's passes from their fails;
 *     empty without hand grades (and in files written before it existed)
 * @param questions one row per question, in catalog order
 */
public record ReportData(
    RunFacts run,
    RubricView rubric,
    List<CategoryStat> categories,
    List<ComparisonRow> comparisons,
    List<AgreementRow> agreement,
    List<CalibrationRow> calibration,
    List<QuestionRow> questions) {

  /** Checks the data; absent lists are empty. */
  public ReportData {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(rubric, "rubric");
    categories = categories == null ? List.of() : List.copyOf(categories);
    comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
    agreement = agreement == null ? List.of() : List.copyOf(agreement);
    calibration = calibration == null ? List.of() : List.copyOf(calibration);
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  /** The data without a calibration. */
  public ReportData(RunFacts run, RubricView rubric, List<CategoryStat> categories,
      List<ComparisonRow> comparisons, List<AgreementRow> agreement, List<QuestionRow> questions) {
    this(run, rubric, categories, comparisons, agreement, List.of(), questions);
  }
}
