package io.github.qacatalog.eval.scorer;

import java.util.Optional;

/**
 * Grades one response. An evaluation runs the scorers that the question's expectation lists (see
 * {@code Evaluation.Builder#scorers}) on every response.
 *
 * <p>Two kinds: cheap, deterministic scorers (similarity, token F1, refusal detection) have no
 * {@link #cacheKey()} and are computed again on every run, also on answers taken from the run log,
 * so that a change of scorer or threshold applies at once. Scorers that call a model (an LLM judge)
 * give a cache key: their calls get the evaluation's timeout and retries, and their results are
 * kept in the run log and reused while the key stays the same.
 *
 * <p>Implementations must be safe to call from several threads at once.
 */
public interface Scorer {

  /**
   * The scorer's name, such as {@code similarity}: a word of lower-case letters, digits and
   * underscores, unique within an evaluation. It names the score, or prefixes the names of the
   * scores and details it gives.
   */
  String name();

  /**
   * Whether the scorer compares with the gold answer: it is not run on questions without one.
   * {@code true} unless overridden.
   */
  default boolean needsGoldAnswer() {
    return true;
  }

  /**
   * For a scorer that calls a model: a key that changes whenever its results would (the judge model's
   * name and a hash of its instructions, say). Empty, the default, for a cheap scorer that is
   * computed on every run.
   */
  default Optional<String> cacheKey() {
    return Optional.empty();
  }

  /**
   * Grades one response. Throwing is how scoring fails: the item gets no score from this scorer and
   * a {@code <name>_error} detail; a scorer with a cache key is retried first.
   */
  Score score(ScoringInput input) throws Exception;
}
