package io.github.qacatalog.eval.agreement;

import io.github.qacatalog.eval.stats.Kappa;
import io.github.qacatalog.eval.stats.internal.Cells;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code agreement.csv}, one row per criterion with its figures, the confusion matrix flattened
 * into {@code confusion} as {@code person>judge=count} entries separated by {@code ;}; and {@code
 * disagreements.csv}, one row per disagreement. Plain RFC 4180 CSV in UTF-8 with a header.
 */
public final class AgreementCsv {
  /** The columns of {@code agreement.csv}. */
  public static final List<String> HEADER = List.of("criterion", "labels", "pairs", "agreement",
      "kappa", "kappa_lower", "kappa_upper", "kappa_se", "kappa_kind", "disagreements", "confusion",
      "caveat");
  /** The columns of {@code disagreements.csv}. */
  public static final List<String> DISAGREEMENT_HEADER = List.of(
      "criterion", "id", "question", "response", "person", "judge", "reason");

  private AgreementCsv() {}

  /** Writes {@code agreement.csv}. */
  public static void write(List<CriterionAgreement> agreements, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format(HEADER))) {
      for (CriterionAgreement a : agreements) {
        Kappa k = a.kappa();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < a.labels().size(); i++) {
          for (int j = 0; j < a.labels().size(); j++) {
            cells.add(a.labels().get(i) + ">" + a.labels().get(j) + "=" + a.confusion().count(i, j));
          }
        }
        csv.printRecord(a.criterion(), String.join(";", a.labels()), a.pairs(),
            Cells.csv(a.agreement()), Cells.csv(k.value()), Cells.csv(k.interval().lower()),
            Cells.csv(k.interval().upper()), Cells.csv(k.standardError()),
            k.weighting() == Kappa.Weighting.QUADRATIC ? "quadratic" : "plain",
            a.disagreements().size(), String.join(";", cells), a.caveat().orElse(""));
      }
    }
  }

  /** Writes {@code disagreements.csv}. */
  public static void writeDisagreements(List<CriterionAgreement> agreements, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format(DISAGREEMENT_HEADER))) {
      for (CriterionAgreement a : agreements) {
        for (GradePair d : a.disagreements()) {
          csv.printRecord(a.criterion(), d.questionId(), d.question(), d.response(),
              d.personLabel().strip(), d.judgeLabel().strip(), d.reason());
        }
      }
    }
  }

  private static CSVFormat format(List<String> header) {
    return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
  }
}
