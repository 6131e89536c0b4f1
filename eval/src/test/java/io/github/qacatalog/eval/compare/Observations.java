package io.github.qacatalog.eval.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Made-up observations for the tests. */
final class Observations {
  private final List<Observation> list = new ArrayList<>();

  /** Adds one answer per question for {@code model}: pass where {@code outcomes} has '1'. */
  Observations model(String model, String category, String outcomes) {
    return model(model, "", category, 0, outcomes);
  }

  Observations model(String model, String variant, String category, int sample, String outcomes) {
    for (int i = 0; i < outcomes.length(); i++) {
      boolean passed = outcomes.charAt(i) == '1';
      list.add(new Observation(model, variant, category + "-" + i, category, sample, passed,
          Map.of("similarity", passed ? 0.8 : 0.4), "Question " + i + "?", "Answer " + i));
    }
    return this;
  }

  Observations add(Observation o) {
    list.add(o);
    return this;
  }

  List<Observation> list() {
    return List.copyOf(list);
  }
}
