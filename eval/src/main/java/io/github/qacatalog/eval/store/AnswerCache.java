package io.github.qacatalog.eval.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers a log holds, by what makes two answers interchangeable: model, variant, system
 * prompt, question (the text asked and its wording number) and sample. The latest answer record wins; records of failed calls are never
 * answers. Thread-safe.
 */
final class AnswerCache {
  private final Map<Key, RunRecord> answers = new HashMap<>();

  /** What identifies one answer. */
  record Key(String model, String variant, String promptHash, String questionHash, int wording,
      int sample) {}

  synchronized void remember(RunRecord record) {
    if (record.isAnswer()) {
      answers.put(new Key(record.model(), record.variant(), record.promptHash(),
          record.questionHash(), record.wording(), record.sample()), record);
    }
  }

  synchronized Optional<RunRecord> get(Key key) {
    return Optional.ofNullable(answers.get(key));
  }
}
