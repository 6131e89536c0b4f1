package io.github.qacatalog.example;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The token-overlap F1 score of extractive QA evaluations: how many words a candidate answer
 * shares with the expected one, balancing precision and recall. 1 is a perfect match, 0 no
 * overlap. Words are runs of letters and digits, compared without case.
 */
public final class TokenF1 {
  private TokenF1() {}

  public static double score(String candidate, String expected) {
    List<String> got = words(candidate);
    List<String> want = words(expected);
    if (got.isEmpty() || want.isEmpty()) {
      return got.isEmpty() && want.isEmpty() ? 1.0 : 0.0;
    }
    Map<String, Integer> remaining = new HashMap<>();
    want.forEach(word -> remaining.merge(word, 1, Integer::sum));
    int shared = 0;
    for (String word : got) {
      Integer left = remaining.get(word);
      if (left != null && left > 0) {
        remaining.put(word, left - 1);
        shared++;
      }
    }
    if (shared == 0) {
      return 0.0;
    }
    double precision = (double) shared / got.size();
    double recall = (double) shared / want.size();
    return 2 * precision * recall / (precision + recall);
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
