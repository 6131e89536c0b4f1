package io.github.qacatalog.eval.internal;

import io.github.qacatalog.eval.scorer.Score;
import io.github.qacatalog.eval.scorer.Scorer;
import io.github.qacatalog.eval.scorer.ScoringInput;
import io.github.qacatalog.eval.store.RunRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs an expectation's scorers on one response. A cheap scorer (no cache key) runs every time; a
 * scorer that calls a model runs through the {@link Caller} unless the cached record holds its
 * results under the same key, which are then reused.
 */
final class Scoring {
  /** What the scorers gave, and whether a model-calling scorer gave something new. */
  record Scored(Map<String, Double> scores, Map<String, String> details,
      Map<String, String> scorerKeys, boolean newModelScores) {}

  private final Caller caller;
  private final Redactor redactor;

  Scoring(Caller caller, Redactor redactor) {
    this.caller = caller;
    this.redactor = redactor;
  }

  Scored score(List<Scorer> scorers, ScoringInput input, Optional<RunRecord> cached)
      throws InterruptedException {
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, String> details = new LinkedHashMap<>();
    Map<String, String> scorerKeys = new LinkedHashMap<>();
    boolean fresh = false;
    for (Scorer scorer : scorers) {
      if (scorer.needsGoldAnswer() && input.goldAnswer().isEmpty()) {
        continue;
      }
      String name = scorer.name();
      Optional<String> key = scorer.cacheKey();
      if (key.isPresent() && cached.isPresent()
          && key.get().equals(cached.get().scorerKeys().get(name))) {
        reuse(cached.get(), name, scores, details);
        scorerKeys.put(name, key.get());
      } else if (key.isPresent()) {
        CallResult<Score> call = caller.call(() -> scorer.score(input));
        if (call.succeeded()) {
          add(call.value(), name, scores, details);
          scorerKeys.put(name, key.get());
          fresh = true;
        } else {
          details.put(name + "_error", redactor.describe(call.failure())
              + " (" + attempts(call.attempts()) + ")");
        }
      } else {
        try {
          add(scorer.score(input), name, scores, details);
        } catch (InterruptedException e) {
          throw e;
        } catch (Exception | LinkageError e) {
          details.put(name + "_error", redactor.describe(e));
        }
      }
    }
    return new Scored(scores, details, scorerKeys, fresh);
  }

  private static void reuse(RunRecord record, String scorer, Map<String, Double> scores,
      Map<String, String> details) {
    record.scores().forEach((k, v) -> {
      if (ownedBy(k, scorer)) {
        scores.put(k, v);
      }
    });
    record.details().forEach((k, v) -> {
      if (ownedBy(k, scorer)) {
        details.put(k, v);
      }
    });
  }

  private static void add(Score score, String scorer, Map<String, Double> scores,
      Map<String, String> details) {
    Score owned = score.prefixedWith(scorer);
    scores.putAll(owned.values());
    details.putAll(owned.details());
  }

  private static boolean ownedBy(String name, String scorer) {
    return name.equals(scorer) || name.startsWith(scorer + "_");
  }

  static String attempts(int n) {
    return n == 1 ? "1 attempt" : n + " attempts";
  }
}
