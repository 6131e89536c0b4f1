package io.github.qacatalog.eval.compare;

import io.github.qacatalog.eval.stats.Estimate;
import io.github.qacatalog.eval.stats.Interval;
import io.github.qacatalog.eval.stats.internal.Cells;
import io.github.qacatalog.eval.stats.internal.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The console table of a comparison: the models side by side, one column group per model with the
 * intervals in brackets, then each model against the baseline.
 */
public final class ComparisonTable {
  /** At most this many question ids are listed per side of a comparison. */
  static final int IDS_SHOWN = 20;

  private ComparisonTable() {}

  /** The table as text. */
  public static String render(ComparisonResult r) {
    StringBuilder out = new StringBuilder();
    out.append("Models side by side (95 % intervals in brackets; pass rate: Wilson over questions,"
        + " or a bootstrap over questions with repeats; means: bootstrap over questions, ")
        .append(r.resamples()).append(" resamples, seed ").append(r.seed()).append(")\n");
    boolean repeats = r.summaries().stream().anyMatch(s -> s.samples() > 1);
    List<String> figures = new ArrayList<>(List.of("n", "pass rate"));
    if (repeats) {
      figures.addAll(List.of("pass^n", "pass@n", "changed"));
    }
    for (String s : r.scoreNames()) {
      figures.add(s);
    }
    TextTable table = new TextTable();
    List<String> labels = new ArrayList<>(List.of(""));
    List<String> columns = new ArrayList<>(List.of("variant", "category"));
    for (int m = 0; m < r.models().size(); m++) {
      table.groupStartsAt(2 + m * figures.size());
      labels.add(r.models().get(m) + (m == 0 ? " (baseline)" : ""));
      columns.addAll(figures);
    }
    table.groupLabels(labels).header(columns);
    for (String variant : r.variants()) {
      List<String> groups = new ArrayList<>();
      groups.add(Comparison.ALL);
      groups.addAll(r.categories());
      for (String category : groups) {
        List<String> row = new ArrayList<>(List.of(variant, category));
        boolean any = false;
        for (String model : r.models()) {
          Optional<ModelSummary> s = r.summary(model, variant, category);
          any |= s.isPresent();
          row.add(s.map(x -> Integer.toString(x.questions())).orElse("-"));
          row.add(s.map(x -> Cells.withInterval(x.passRate(), 2)).orElse("-"));
          if (repeats) {
            row.add(s.flatMap(ModelSummary::passAll).map(p -> Cells.withInterval(p.rate(), p.interval(), 2)).orElse("-"));
            row.add(s.flatMap(ModelSummary::passAny).map(p -> Cells.withInterval(p.rate(), p.interval(), 2)).orElse("-"));
            row.add(s.flatMap(ModelSummary::changed).map(p -> Cells.number(p.rate(), 2)).orElse("-"));
          }
          for (String score : r.scoreNames()) {
            row.add(s.map(x -> x.means().get(score)).map(e -> Cells.withInterval(e, 2)).orElse("-"));
          }
        }
        if (any) {
          table.row(row);
        }
      }
    }
    out.append(table.render());
    if (r.pairs().isEmpty()) {
      return out.toString();
    }
    out.append('\n').append("Against the baseline ").append(r.baseline())
        .append(" on the same questions (McNemar's exact test; differences with a paired bootstrap"
            + " interval, in points of pass rate and in score units):\n");
    TextTable pairs = new TextTable();
    List<String> header = new ArrayList<>(List.of(
        "model", "variant", "category", "pairs", "pass rate diff", "alone b/c", "p"));
    for (String s : r.scoreNames()) {
      header.add(s + " diff");
    }
    header.add("verdict");
    pairs.header(header);
    for (PairedComparison p : r.pairs()) {
      List<String> row = new ArrayList<>(List.of(p.model(), p.variant(), p.category(),
          Integer.toString(p.pairs()), points(p), p.mcnemar().b() + "/" + p.mcnemar().c(),
          Cells.pValue(p.mcnemar().pValue())));
      for (String s : r.scoreNames()) {
        row.add(p.meanDifferences().containsKey(s) ? Cells.signed(p.meanDifferences().get(s), 3) : "-");
      }
      row.add(p.verdict());
      pairs.row(row);
    }
    out.append(pairs.render());
    for (PairedComparison p : r.pairs()) {
      if (p.category().equals(Comparison.ALL)
          && !(p.onlyModelPasses().isEmpty() && p.onlyBaselinePasses().isEmpty())) {
        String where = p.variant().isEmpty() ? "" : " (" + p.variant() + ")";
        out.append("  only ").append(p.model()).append(" passes").append(where).append(": ")
            .append(ids(p.onlyModelPasses())).append('\n');
        out.append("  only ").append(p.baseline()).append(" passes").append(where).append(": ")
            .append(ids(p.onlyBaselinePasses())).append('\n');
      }
    }
    return out.toString();
  }

  /** The pass rate difference in points. */
  private static String points(PairedComparison p) {
    Estimate d = p.passRateDifference();
    Interval i = d.interval().isKnown()
        ? new Interval(100 * d.interval().lower(), 100 * d.interval().upper()) : d.interval();
    return Cells.signed(new Estimate(100 * d.value(), i, d.n(), d.caveat()), 1);
  }

  static String ids(List<String> ids) {
    if (ids.isEmpty()) {
      return "none";
    }
    if (ids.size() <= IDS_SHOWN) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, IDS_SHOWN)) + " and " + (ids.size() - IDS_SHOWN) + " more";
  }
}
