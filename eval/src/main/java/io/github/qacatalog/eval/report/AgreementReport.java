package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.agreement.Agreement;
import io.github.qacatalog.eval.agreement.AgreementCsv;
import io.github.qacatalog.eval.agreement.CriterionAgreement;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@value #FILE_NAME} and {@value #DISAGREEMENTS_FILE_NAME}: how the judge agrees with the person
 * on each criterion of the person's rubric that both graded. Not written when none was.
 */
public final class AgreementReport implements ReportWriter {
  /** The agreement's file name in the report directory. */
  public static final String FILE_NAME = "agreement.csv";

  /** The disagreements' file name in the report directory. */
  public static final String DISAGREEMENTS_FILE_NAME = "disagreements.csv";

  private final Rubric rubric;

  /** The agreement on the criteria of the person's rubric. */
  public AgreementReport(Rubric rubric) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
  }

  /** The agreement of a run, per criterion; empty when no criterion was graded by both. */
  public List<CriterionAgreement> agreements(RunResult result) {
    return Agreement.of(PersonGrades.agreementPairs(result, rubric));
  }

  @Override
  public void write(RunResult result, Path directory) throws IOException {
    List<CriterionAgreement> agreements = agreements(result);
    if (!agreements.isEmpty()) {
      ReportFiles.replaceAtomically(directory.resolve(FILE_NAME),
          file -> AgreementCsv.write(agreements, file));
      ReportFiles.replaceAtomically(directory.resolve(DISAGREEMENTS_FILE_NAME),
          file -> AgreementCsv.writeDisagreements(agreements, file));
    }
  }
}
