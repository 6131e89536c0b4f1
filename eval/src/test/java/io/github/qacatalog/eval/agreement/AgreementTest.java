package io.github.qacatalog.eval.agreement;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.stats.Kappa;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementTest {
  private static final Criterion COMPLETENESS = Criterion.of("completeness", "Full", "Partial");
  private static final Criterion ACCURACY = Criterion.of("accuracy", "Perfect", "Minor Error", "Major Error");

  @TempDir Path dir;

  /** Pairs from a string of person/judge label indices, e.g. "00 01 11". */
  private static List<GradePair> pairs(Criterion c, String spec) {
    List<GradePair> out = new ArrayList<>();
    String[] each = spec.split(" ");
    for (int i = 0; i < each.length; i++) {
      String person = c.labels().get(each[i].charAt(0) - '0');
      String judge = c.labels().get(each[i].charAt(1) - '0');
      out.add(GradePair.of(c, person, judge, "Q" + i, "Question " + i + "?", "Response " + i,
          "because " + i));
    }
    return out;
  }

  @Test
  void twoLabelsGivePlainKappaAndTheDisagreements() {
    // 4 Full/Full, 1 Full/Partial, 1 Partial/Full, 2 Partial/Partial: po 6/8, pe 5/8*5/8+3/8*3/8.
    List<CriterionAgreement> a = Agreement.of(pairs(COMPLETENESS, "00 00 00 00 01 10 11 11"));
    assertThat(a).hasSize(1);
    CriterionAgreement c = a.get(0);
    assertThat(c.criterion()).isEqualTo("completeness");
    assertThat(c.pairs()).isEqualTo(8);
    assertThat(c.agreement()).isEqualTo(0.75);
    double pe = 25.0 / 64 + 9.0 / 64;
    assertThat(c.kappa().value()).isWithin(1e-12).of((0.75 - pe) / (1 - pe));
    assertThat(c.kappa().weighting()).isEqualTo(Kappa.Weighting.PLAIN);
    assertThat(c.confusion().count(0, 1)).isEqualTo(1);
    assertThat(c.disagreements().stream().map(GradePair::questionId).toList()).containsExactly("Q4", "Q5").inOrder();
    assertThat(c.disagreements().get(0).reason()).isEqualTo("because 4");
  }

  @Test
  void orderedLabelsGiveWeightedKappa() {
    CriterionAgreement c = Agreement.of(pairs(ACCURACY, "00 01 10 11 12 21 22 22")).get(0);
    assertThat(c.kappa().weighting()).isEqualTo(Kappa.Weighting.QUADRATIC);
    assertThat(c.kappa().value()).isWithin(1e-12).of(Kappa.quadratic(c.confusion()).value());
    // Four off by one label: weighted agreement (4 + 4 * 0.75) / 8.
    assertThat(c.kappa().observed()).isWithin(1e-12).of(7.0 / 8);
  }

  @Test
  void labelsMatchIgnoringCaseAndSpaceAndUnknownOnesAreRejected() {
    CriterionAgreement c = Agreement.of(List.of(
        GradePair.of(ACCURACY, " minor error ", "MINOR ERROR", "Q1", "", "", ""))).get(0);
    assertThat(c.confusion().count(1, 1)).isEqualTo(1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Agreement.of(List.of(
        GradePair.of(ACCURACY, "Great", "Perfect", "Q1", "", "", ""))));
    assertThat(e).hasMessageThat().isEqualTo(
        "criterion accuracy has no label Great; its labels: Perfect, Minor Error, Major Error");
  }

  @Test
  void aPersonWhoUsedOneLabelIsNamedInTheCaveat() {
    CriterionAgreement c = Agreement.of(pairs(COMPLETENESS, "00 00 00 01")).get(0);
    assertThat(c.kappa().value()).isWithin(1e-12).of(0.0);
    assertThat(c.caveat().get()).contains("the person used only the label Full");
  }

  @Test
  void criteriaAreKeptApartInOrder() {
    List<GradePair> all = new ArrayList<>(pairs(ACCURACY, "00 11"));
    all.addAll(pairs(COMPLETENESS, "00 01"));
    List<CriterionAgreement> a = Agreement.of(all);
    assertThat(a.stream().map(CriterionAgreement::criterion).toList())
        .containsExactly("accuracy", "completeness").inOrder();
  }

  @Test
  void tableShowsFiguresMatrixAndDisagreements() {
    String table = AgreementTable.render(Agreement.of(pairs(COMPLETENESS, "00 00 01 11")));
    assertThat(table).contains("completeness  ");
    assertThat(table).contains("completeness: person (rows) against judge (columns)");
    assertThat(table).contains("Q2: person Full, judge Partial");
    assertThat(table).contains("    question: Question 2?");
    assertThat(table).contains("    judge's reason: because 2");
  }

  @Test
  void csvFilesReadBack() throws Exception {
    List<CriterionAgreement> a = Agreement.of(pairs(ACCURACY, "00 01 10 11 12 21 22 22"));
    Path file = dir.resolve("agreement.csv");
    AgreementCsv.write(a, file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertThat(csv.getHeaderNames()).isEqualTo(AgreementCsv.HEADER);
      CSVRecord row = csv.getRecords().get(0);
      assertThat(row.get("criterion")).isEqualTo("accuracy");
      assertThat(row.get("labels")).isEqualTo("Perfect;Minor Error;Major Error");
      assertThat(Integer.parseInt(row.get("pairs"))).isEqualTo(8);
      assertThat(Double.parseDouble(row.get("kappa"))).isEqualTo(a.get(0).kappa().value());
      assertThat(Double.parseDouble(row.get("kappa_lower"))).isEqualTo(a.get(0).kappa().interval().lower());
      assertThat(row.get("kappa_kind")).isEqualTo("quadratic");
      assertThat(row.get("confusion")).startsWith("Perfect>Perfect=1;Perfect>Minor Error=1;");
    }
    Path d = dir.resolve("disagreements.csv");
    AgreementCsv.writeDisagreements(a, d);
    try (Reader in = Files.newBufferedReader(d, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<CSVRecord> rows = csv.getRecords();
      assertThat(rows).hasSize(4);
      assertThat(rows.get(0).get("person")).isEqualTo("Perfect");
      assertThat(rows.get(0).get("judge")).isEqualTo("Minor Error");
      assertThat(rows.get(0).get("reason")).isEqualTo("because 1");
    }
  }
}
