package io.github.qacatalog.eval.scorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one scorer found for one response: named numbers (the scores that thresholds test and that
 * the report averages) and named texts (details such as a judge's reason).
 *
 * <p>Names are the scorer's name or start with it and an underscore ({@code judge},
 * {@code judge_completeness}); an evaluation prefixes names that do not, so that scores of two
 * scorers never collide and the run log knows which scorer produced what.
 *
 * @param values named scores, in the order given; unmodifiable
 * @param details named texts, in the order given; unmodifiable
 */
public record Score(Map<String, Double> values, Map<String, String> details) {

  /** Copies both maps, keeping their order; rejects {@code null} keys and values and NaN. */
  public Score {
    values = copy(values);
    details = copy(details);
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (e.getValue().isNaN()) {
        throw new IllegalArgumentException("score " + e.getKey() + " is NaN");
      }
    }
  }

  /** One named number. */
  public static Score of(String name, double value) {
    return new Score(Map.of(name, value), Map.of());
  }

  /** One named number with details. */
  public static Score of(String name, double value, Map<String, String> details) {
    return new Score(Map.of(name, value), details);
  }

  /** No number, only details: for instance a judge output that could not be read. */
  public static Score detailsOnly(Map<String, String> details) {
    return new Score(Map.of(), details);
  }

  /** {@code values} and {@code details} with every name not already so prefixed by {@code prefix_}. */
  public Score prefixedWith(String prefix) {
    return new Score(prefix(values, prefix), prefix(details, prefix));
  }

  private static <V> Map<String, V> prefix(Map<String, V> map, String prefix) {
    Map<String, V> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.equals(prefix) || k.startsWith(prefix + "_") ? k : prefix + "_" + k, v));
    return out;
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    Objects.requireNonNull(map);
    Map<String, V> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
    return Collections.unmodifiableMap(out);
  }
}
