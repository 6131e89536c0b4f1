package io.github.qacatalog.eval.report;

import io.github.qacatalog.eval.result.ItemResult;

/** Hears a run as it goes: its size first, then each result as soon as it is final. */
public interface RunListener {
  /** The run asks {@code questions} questions (per model, variant and sample). */
  default void started(int questions) {}

  /** One question is done; called from the run's worker threads. */
  default void finished(ItemResult result) {}

  /** Every question is done. */
  default void ended() {}
}
