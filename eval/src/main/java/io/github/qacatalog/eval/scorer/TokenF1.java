package io.github.qacatalog.eval.scorer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The token-overlap F1 of extractive question answering (SQuAD's {@code f1_score}): how many words
 * a candidate answer shares with the expected one, balancing precision and recall. 1 is the same
 * bag of words, 0 no word in common.
 *
 * <p>Both texts are normalised as SQuAD's evaluation script does (lower case, no punctuation, no
 * articles), with two differences that suit answers about code and answers in any language: Unicode
 * normalisation, and punctuation that separates words instead of vanishing. In order:
 *
 * <ul>
 *   <li>text is put in Unicode compatibility form (NFKC) and lower-cased without regard to locale;
 *   <li>apostrophes inside a word are dropped, so {@code don't} and {@code dont} are the same word
 *       (as in SQuAD);
 *   <li>every other character that is neither a letter nor a digit separates words. SQuAD deletes
 *       ASCII punctuation instead, which glues {@code QaItem.answer()} into one word
 *       {@code qaitemanswer}; here it is the two words {@code qaitem} and {@code answer};
 *   <li>the English articles {@code a}, {@code an} and {@code the} are removed, as in SQuAD.
 * </ul>
 *
 * <p>Words are counted with multiplicity. When either text has no words left after normalisation,
 * the score is 1 if both have none and 0 otherwise, as in SQuAD.
 */
public final class TokenF1 {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private TokenF1() {}

  /** The token F1 of {@code candidate} against {@code expected}, in [0, 1]. */
  public static double score(String candidate, String expected) {
    List<String> got = tokens(candidate);
    List<String> want = tokens(expected);
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

  /** The words of a text after the normalisation described above, in order. */
  public static List<String> tokens(String text) {
    Objects.requireNonNull(text, "text");
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    normal = normal.replaceAll("(?<=[\\p{L}\\p{N}])['\u2019](?=[\\p{L}\\p{N}])", "");
    List<String> words = new ArrayList<>();
    for (String word : normal.split("[^\\p{L}\\p{N}\\p{M}]+")) {
      if (!word.isEmpty() && !ARTICLES.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }
}
