package io.github.qacatalog.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.github.qacatalog.eval.score.SemanticSimilarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints how many sentences per second all-MiniLM-L6-v2 embeds in-process, the cost of the
 * semantic-similarity score of qacatalog-eval: one sentence per call on one thread (a score as a
 * runner computes it for one answer), and a batch per call ({@link SemanticSimilarity#embedAll},
 * which LangChain4j spreads over the cores).
 *
 * <p>Sentences are distinct and about as long as catalog answers (10 to 40 words), and the scorer
 * has no cache, so that every sentence is really embedded. After warm-up rounds, each mode runs
 * several rounds; the median, lowest and highest rate are printed, with the wall time of loading
 * the model.
 *
 * <p>Arguments, all optional: sentences per round (default 256), rounds (default 5).
 */
public final class MiniLmThroughput {
  private static final String[] SUBJECTS = {
    "The processor", "The runtime library", "Every generated enum", "A numbered question",
    "The export module", "An explicit id comment", "The Maven plugin", "A swallowed question",
  };
  private static final String[] VERBS = {
    "reads", "reports", "names", "checks", "writes", "keeps", "rejects", "joins",
  };
  private static final String[] OBJECTS = {
    "the Markdown file at compile time", "every problem with its line and column",
    "the first eight words of the question", "the answer up to the next horizontal rule",
    "one constant per question and one enum per heading", "JSON Lines and CSV for other tools",
    "near misses such as a colon outside the stars", "nothing at run time, since all is compiled",
  };
  private static final String[] TAILS = {
    "", " so that a renamed question stops the build", " before javac sees the generated source",
    " and the build lists every mistake at once, not only the first one it finds",
    " in the same order as the file, which keeps diffs of the generated code small and readable",
  };

  private MiniLmThroughput() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 256;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    System.out.printf(Locale.ROOT, "MiniLM throughput: Java %s, %d cores%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

    long loadStart = System.nanoTime();
    SemanticSimilarity miniLm =
        new SemanticSimilarity(new AllMiniLmL6V2EmbeddingModel(), SemanticSimilarity.MINI_LM_NAME, 0);
    miniLm.embed("load the model");
    System.out.printf(Locale.ROOT, "model load and first sentence: %,.0f ms%n",
        (System.nanoTime() - loadStart) / 1e6);

    int round = 0;
    for (int warmup = 0; warmup < 2; warmup++) {
      single(miniLm, sentences(size, round++));
      batch(miniLm, sentences(size, round++));
    }
    double[] singles = new double[rounds];
    double[] batches = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      singles[i] = single(miniLm, sentences(size, round++));
      batches[i] = batch(miniLm, sentences(size, round++));
    }
    System.out.printf(Locale.ROOT,
        "%d sentences a round (%.0f words on average), 2 warm-up rounds, %d measured rounds%n",
        size, meanWords(sentences(size, 0)), rounds);
    print("single (one sentence a call, one thread)", singles);
    print("batch (" + size + " sentences a call, all cores)", batches);
  }

  private static double single(SemanticSimilarity miniLm, List<String> sentences) {
    long start = System.nanoTime();
    for (String sentence : sentences) {
      miniLm.embed(sentence);
    }
    return sentences.size() / ((System.nanoTime() - start) / 1e9);
  }

  private static double batch(SemanticSimilarity miniLm, List<String> sentences) {
    long start = System.nanoTime();
    miniLm.embedAll(sentences);
    return sentences.size() / ((System.nanoTime() - start) / 1e9);
  }

  private static void print(String mode, double[] rates) {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%-45s %,8.1f sentences/s (median; lowest %,.1f, highest %,.1f)%n",
        mode, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
  }

  /** Distinct sentences for one round: no sentence repeats between rounds either. */
  static List<String> sentences(int count, int round) {
    List<String> sentences = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int n = round * count + i;
      sentences.add(SUBJECTS[n % SUBJECTS.length] + " " + VERBS[(n / 8) % VERBS.length] + " "
          + OBJECTS[(n / 64) % OBJECTS.length] + TAILS[n % TAILS.length] + " (case " + n + ").");
    }
    return sentences;
  }

  private static double meanWords(List<String> sentences) {
    return sentences.stream().mapToInt(s -> s.split("\\s+").length).average().orElse(0);
  }
}
