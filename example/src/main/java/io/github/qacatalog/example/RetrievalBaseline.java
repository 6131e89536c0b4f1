package io.github.qacatalog.example;

import io.github.qacatalog.QaItem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stand-in for an LLM that has read the context file: it answers with the passage of the file
 * that shares the most words with the question. It is the baseline a real model has to beat, and
 * it keeps the example runnable without network or model weights.
 */
public final class RetrievalBaseline implements AnswerModel {
  private final List<String> passages;

  /** A baseline that retrieves from the answers of {@code items}. */
  public RetrievalBaseline(List<? extends QaItem> items) {
    this.passages = items.stream().flatMap(item -> item.answer().stream()).toList();
  }

  @Override
  public String answer(String question) {
    Set<String> asked = new HashSet<>(TokenF1.words(question));
    String best = "";
    long bestShared = -1;
    for (String passage : passages) {
      long shared = TokenF1.words(passage).stream().distinct().filter(asked::contains).count();
      if (shared > bestShared) {
        best = passage;
        bestShared = shared;
      }
    }
    return best;
  }
}
