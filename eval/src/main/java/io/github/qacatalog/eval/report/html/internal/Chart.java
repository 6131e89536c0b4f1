package io.github.qacatalog.eval.report.html.internal;

import io.github.qacatalog.eval.report.html.CategoryStat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline SVG: the pass rate per category and model with its interval, and small bars. */
public final class Chart {
  /** One colour per model, in the order the models are listed; readable on white. */
  static final String[] COLOURS = {"#0969da", "#bf3989", "#1a7f37", "#9a6700", "#8250df", "#cf222e"};

  private static final int LABEL = 230;
  private static final int PLOT = 560;
  private static final int BAR = 12;
  private static final int GAP = 10;

  private Chart() {}

  /** The colour of the model at this index. */
  public static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  /**
   * A grouped bar chart: a group per category, a bar per model with a whisker for the interval.
   */
  public static String passRates(List<CategoryStat> stats, List<String> models) {
    Map<String, List<CategoryStat>> byCategory = new LinkedHashMap<>();
    for (CategoryStat s : stats) {
      byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
    }
    int rows = 0;
    for (List<CategoryStat> group : byCategory.values()) {
      rows += group.size();
    }
    int height = rows * (BAR + 4) + byCategory.size() * GAP + 24;
    int width = LABEL + PLOT + 70;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" role=\"img\" aria-label=\"Pass rate per category and model\"")
        .append(" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">");
    for (int tick = 0; tick <= 100; tick += 25) {
      double x = LABEL + PLOT * tick / 100.0;
      svg.append("<line class=\"axis\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x))
          .append("\" y1=\"0\" y2=\"").append(height - 18).append("\"/>")
          .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(height - 4)
          .append("\" text-anchor=\"middle\">").append(tick).append("%</text>");
    }
    int y = 4;
    for (Map.Entry<String, List<CategoryStat>> group : byCategory.entrySet()) {
      int groupHeight = group.getValue().size() * (BAR + 4);
      svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + groupHeight / 2 + 4)
          .append("\" text-anchor=\"end\">").append(Html.escape(shorten(group.getKey())))
          .append("<title>").append(Html.escape(group.getKey())).append("</title></text>");
      for (CategoryStat s : group.getValue()) {
        int index = Math.max(0, models.indexOf(s.model()));
        double w = PLOT * s.passRate();
        svg.append("<g><title>").append(Html.escape(s.model() + " · " + s.category() + ": "
                + percent(s.passRate()) + " (" + s.passed() + " of " + s.n() + "), interval "
                + percent(s.low()) + " to " + percent(s.high())))
            .append("</title><rect x=\"").append(LABEL).append("\" y=\"").append(y)
            .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR)
            .append("\" rx=\"2\" fill=\"").append(colour(index)).append("\" fill-opacity=\"0.8\"/>");
        double x1 = LABEL + PLOT * clamp(s.low());
        double x2 = LABEL + PLOT * clamp(s.high());
        double mid = y + BAR / 2.0;
        svg.append("<line x1=\"").append(fmt(x1)).append("\" x2=\"").append(fmt(x2))
            .append("\" y1=\"").append(fmt(mid)).append("\" y2=\"").append(fmt(mid))
            .append("\" stroke=\"#1f2328\" stroke-width=\"1.2\"/>")
            .append("<line x1=\"").append(fmt(x1)).append("\" x2=\"").append(fmt(x1))
            .append("\" y1=\"").append(y + 2).append("\" y2=\"").append(y + BAR - 2)
            .append("\" stroke=\"#1f2328\"/>")
            .append("<line x1=\"").append(fmt(x2)).append("\" x2=\"").append(fmt(x2))
            .append("\" y1=\"").append(y + 2).append("\" y2=\"").append(y + BAR - 2)
            .append("\" stroke=\"#1f2328\"/>")
            .append("<text x=\"").append(fmt(LABEL + PLOT + 6)).append("\" y=\"").append(y + BAR - 2)
            .append("\">").append(percent(s.passRate())).append("</text></g>");
        y += BAR + 4;
      }
      y += GAP;
    }
    return svg.append("</svg>").toString();
  }

  /** A small bar for a value from 0 to 1, with an optional interval. */
  public static String bar(double value, Double low, Double high, String colour) {
    int w = 90;
    StringBuilder svg = new StringBuilder("<svg class=\"bar\" width=\"" + w + "\" height=\"10\""
        + " viewBox=\"0 0 " + w + " 10\" aria-hidden=\"true\">");
    svg.append("<rect x=\"0\" y=\"1\" width=\"").append(w).append("\" height=\"8\" rx=\"2\"")
        .append(" fill=\"#eef1f4\"/>")
        .append("<rect x=\"0\" y=\"1\" width=\"").append(fmt(w * clamp(value)))
        .append("\" height=\"8\" rx=\"2\" fill=\"").append(colour).append("\"/>");
    if (low != null && high != null) {
      svg.append("<line x1=\"").append(fmt(w * clamp(low))).append("\" x2=\"")
          .append(fmt(w * clamp(high))).append("\" y1=\"5\" y2=\"5\" stroke=\"#1f2328\"/>");
    }
    return svg.append("</svg>").toString();
  }

  /** A share as a whole percentage. */
  public static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  private static String shorten(String text) {
    return text.length() <= 32 ? text : text.substring(0, 31) + "…";
  }

  private static double clamp(double v) {
    return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
