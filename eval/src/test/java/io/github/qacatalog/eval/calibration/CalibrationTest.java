package io.github.qacatalog.eval.calibration;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {
  @TempDir Path dir;

  /**
   * 40 answers: the person passes 30, whose similarity is 0.50, 0.51, ... 0.79; fails 10, at 0.20,
   * 0.22, ... 0.38. Token F1 is the same for every answer.
   */
  private static List<GradedScore> graded() {
    List<GradedScore> out = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      out.add(new GradedScore("similarity", 0.50 + i / 100.0, true));
      out.add(new GradedScore("token_f1", 0.4, true));
    }
    for (int i = 0; i < 10; i++) {
      out.add(new GradedScore("similarity", 0.20 + 2 * i / 100.0, false));
      out.add(new GradedScore("token_f1", 0.4, false));
    }
    return out;
  }

  @Test
  void separatedScoresFindTheirThresholdAndShowWhatTheConfiguredOneMisses() {
    List<ScoreCalibration> c = Calibration.of(graded(), Map.of("similarity", 0.7));
    ScoreCalibration s = c.get(0);
    assertThat(s.score()).isEqualTo("similarity");
    assertThat(s.graded()).isEqualTo(40);
    assertThat(s.personPasses()).isEqualTo(30);
    assertThat(s.auc().value()).isEqualTo(1.0);
    assertThat(s.best().orElseThrow().threshold()).isEqualTo(0.50);
    assertThat(s.best().orElseThrow().agreement()).isEqualTo(1.0);
    // At 0.7 the person's passes at 0.50 to 0.69 fail: 20 of them.
    assertThat(s.configured().orElseThrow().missedPasses()).isEqualTo(20);
    assertThat(s.configured().orElseThrow().missedFails()).isEqualTo(0);
    assertThat(s.configured().orElseThrow().agreement()).isEqualTo(0.5);
    assertThat(s.caveat()).isEmpty();
  }

  @Test
  void aScoreThatSeparatesNothingHasAnAucOfOneHalf() {
    ScoreCalibration f1 = Calibration.of(graded(), Map.of()).get(1);
    assertThat(f1.auc().value()).isEqualTo(0.5);
    assertThat(f1.configured()).isEmpty();
    // Passing everything agrees on the 30 passes.
    assertThat(f1.best().orElseThrow().agreement()).isEqualTo(0.75);
    assertThat(f1.best().orElseThrow().kappa().value()).isWithin(1e-12).of(0.0);
  }

  @Test
  void fewerThanThirtyIsTooLittleToTell() {
    List<GradedScore> few = new ArrayList<>();
    for (int i = 0; i < 27; i++) {
      few.add(new GradedScore("similarity", i / 27.0, i >= 10));
    }
    ScoreCalibration s = Calibration.of(few, Map.of("similarity", 0.7)).get(0);
    assertThat(s.graded()).isEqualTo(27);
    assertThat(s.best()).isEmpty();
    assertThat(s.caveat().get()).startsWith("too little to tell: 27 graded answers, fewer than 30");
    assertThat(s.configured()).isPresent();
    assertThat(CalibrationTable.render(List.of(s))).contains("too little to tell");
  }

  @Test
  void aHandfulOfFailsIsTooLittleToTell() {
    List<GradedScore> lopsided = new ArrayList<>();
    for (int i = 0; i < 131; i++) {
      lopsided.add(new GradedScore("similarity", i / 131.0, i >= 4));
    }
    ScoreCalibration s = Calibration.of(lopsided, Map.of()).get(0);
    assertThat(s.best()).isEmpty();
    assertThat(s.caveat().get()).contains("only 4 answers the person failed");
    assertThat(s.auc().value()).isEqualTo(1.0);
  }

  @Test
  void oneClassIsTooLittleToTell() {
    List<GradedScore> passes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      passes.add(new GradedScore("similarity", i / 40.0, true));
    }
    ScoreCalibration s = Calibration.of(passes, Map.of()).get(0);
    assertThat(s.best()).isEmpty();
    assertThat(s.auc().value()).isNaN();
    assertThat(s.caveat().get()).contains("the person passed all 40 answers");
    assertThat(Calibration.thresholds(List.of(s))).isEmpty();
  }

  @Test
  void chosenThresholdsAreThoseWithEnoughData() {
    Map<String, Double> t = Calibration.thresholds(Calibration.of(graded(), Map.of()));
    assertThat(t).containsExactly("similarity", 0.50, "token_f1", 0.4);
  }

  @Test
  void nanIsNoScore() {
    assertThrows(IllegalArgumentException.class, () -> new GradedScore("s", Double.NaN, true));
  }

  @Test
  void thresholdsFileRoundTrips() throws Exception {
    Map<String, Double> t = new LinkedHashMap<>();
    t.put("similarity", 0.523456789012345);
    t.put("token_f1", 0.31);
    t.put("judge.score", 1.0E-4);
    Path file = dir.resolve("thresholds.properties");
    ThresholdsFile.write(file, t, List.of("calibrated on 131 graded answers"));
    assertThat(Files.readString(file)).contains("# calibrated on 131 graded answers\nsimilarity = 0.523456789012345\n");
    assertThat(ThresholdsFile.read(file)).containsExactlyEntriesIn(t).inOrder();
  }

  @Test
  void aBadThresholdsFileListsEveryBadLine() throws Exception {
    Path file = dir.resolve("thresholds.properties");
    Files.writeString(file, "# mine\nsimilarity = 0.6\nsimilarity = 0.7\ntoken_f1 = high\nnonsense\n\nx = NaN\n");
    InvalidThresholdsException e = assertThrows(InvalidThresholdsException.class, () -> ThresholdsFile.read(file));
    assertThat(e.problems()).containsExactly(
        file + ":3: similarity is given twice, first on line 2",
        file + ":4: the threshold of token_f1 is not a number: high",
        file + ":5: expected 'score = threshold', found: nonsense",
        file + ":7: the threshold of x is not a finite number: NaN").inOrder();
  }

  @Test
  void csvAndTable() throws Exception {
    List<ScoreCalibration> c = Calibration.of(graded(), Map.of("similarity", 0.7));
    Path file = dir.resolve("calibration.csv");
    CalibrationCsv.write(c, file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertThat(csv.getHeaderNames()).isEqualTo(CalibrationCsv.HEADER);
      List<CSVRecord> rows = csv.getRecords();
      assertThat(rows).hasSize(2);
      assertThat(Double.parseDouble(rows.get(0).get("auc"))).isEqualTo(1.0);
      assertThat(Double.parseDouble(rows.get(0).get("best_threshold"))).isEqualTo(0.5);
      assertThat(Double.parseDouble(rows.get(0).get("configured_threshold"))).isEqualTo(0.7);
      assertThat(Integer.parseInt(rows.get(0).get("configured_missed_passes"))).isEqualTo(20);
      assertThat(rows.get(1).get("configured_threshold")).isEmpty();
      assertThat(rows.get(1).get("configured_agreement")).isEmpty();
      for (CSVRecord r : rows) {
        assertThat(r.size()).isEqualTo(CalibrationCsv.HEADER.size());
      }
    }
    String table = CalibrationTable.render(c);
    assertThat(table).contains("similarity");
    assertThat(table).contains("30/10");
    assertThat(table).contains("20/0");
  }
}
