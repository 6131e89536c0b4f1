package io.github.qacatalog.eval.compare;

import io.github.qacatalog.eval.stats.Estimate;
import io.github.qacatalog.eval.stats.Proportion;
import io.github.qacatalog.eval.stats.internal.Cells;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code summary.csv}: one row per model, variant and category (and {@link Comparison#ALL}), with
 * every figure and each bound of its interval in a numeric column of its own, and for each model
 * but the baseline its paired comparison with it. Plain RFC 4180 CSV in UTF-8 with a header; an
 * empty cell is a figure that does not apply.
 */
public final class SummaryCsv {
  private SummaryCsv() {}

  /** The header for a comparison with these scores. */
  public static List<String> header(List<String> scoreNames) {
    List<String> h = new ArrayList<>(List.of("model", "variant", "category", "questions", "samples",
        "pass_rate", "pass_rate_lower", "pass_rate_upper", "pass_rate_method",
        "pass_all", "pass_all_lower", "pass_all_upper", "pass_any", "pass_any_lower", "pass_any_upper",
        "changed", "changed_lower", "changed_upper"));
    for (String s : scoreNames) {
      h.addAll(List.of(s + "_mean", s + "_lower", s + "_upper"));
    }
    h.addAll(List.of("baseline", "pairs", "unpaired", "pass_rate_diff", "pass_rate_diff_lower",
        "pass_rate_diff_upper", "only_model_passes", "only_baseline_passes", "mcnemar_p"));
    for (String s : scoreNames) {
      h.addAll(List.of(s + "_diff", s + "_diff_lower", s + "_diff_upper"));
    }
    h.addAll(List.of("verdict", "caveat"));
    return h;
  }

  /** Writes the summary of {@code r} to {@code file}. */
  public static void write(ComparisonResult r, Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header(r.scoreNames()).toArray(String[]::new)).get();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format)) {
      for (ModelSummary s : r.summaries()) {
        List<String> row = new ArrayList<>(List.of(s.model(), s.variant(), s.category(),
            Integer.toString(s.questions()), Integer.toString(s.samples())));
        estimate(row, s.passRate());
        row.add(s.passRateMethod());
        proportion(row, s.passAll());
        proportion(row, s.passAny());
        proportion(row, s.changed());
        for (String name : r.scoreNames()) {
          Estimate e = s.means().get(name);
          if (e == null) {
            row.addAll(List.of("", "", ""));
          } else {
            estimate(row, e);
          }
        }
        Optional<PairedComparison> pair = r.pair(s.model(), s.variant(), s.category());
        if (pair.isPresent()) {
          PairedComparison p = pair.get();
          row.addAll(List.of(p.baseline(), Integer.toString(p.pairs()), Integer.toString(p.unpaired())));
          estimate(row, p.passRateDifference());
          row.addAll(List.of(Integer.toString(p.onlyModelPasses().size()),
              Integer.toString(p.onlyBaselinePasses().size()), Cells.csv(p.mcnemar().pValue())));
          for (String name : r.scoreNames()) {
            Estimate e = p.meanDifferences().get(name);
            if (e == null) {
              row.addAll(List.of("", "", ""));
            } else {
              estimate(row, e);
            }
          }
          row.add(p.verdict());
        } else {
          for (int i = 0; i < 9 + 3 * r.scoreNames().size() + 1; i++) {
            row.add("");
          }
        }
        row.add(s.caveat().orElse(""));
        csv.printRecord(row);
      }
    }
  }

  private static void estimate(List<String> row, Estimate e) {
    row.add(Cells.csv(e.value()));
    row.add(Cells.csv(e.interval().lower()));
    row.add(Cells.csv(e.interval().upper()));
  }

  private static void proportion(List<String> row, Optional<Proportion> p) {
    if (p.isEmpty()) {
      row.addAll(List.of("", "", ""));
    } else {
      row.add(Cells.csv(p.get().rate()));
      row.add(Cells.csv(p.get().interval().lower()));
      row.add(Cells.csv(p.get().interval().upper()));
    }
  }
}
