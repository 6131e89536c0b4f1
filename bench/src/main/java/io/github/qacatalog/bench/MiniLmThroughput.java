package io.github.qacatalog.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.github.qacatalog.eval.scorer.SemanticSimilarity;
import java.lang.management.ManagementFactory;
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
 * the model. Beside the elapsed-time rate, the rate per second of the process's CPU time (every
 * thread, ONNX Runtime's own included) is printed: it stays steady when other work shares the
 * machine, where the elapsed-time rate does not.
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
    Rate[] singles = new Rate[rounds];
    Rate[] batches = new Rate[rounds];
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

  /** Elapsed and CPU-time rates of one round, in sentences per second. */
  private record Rate(double elapsed, double cpu) {}

  private static Rate single(SemanticSimilarity miniLm, List<String> sentences) {
    long start = System.nanoTime();
    long cpuStart = processCpu();
    for (String sentence : sentences) {
      miniLm.embed(sentence);
    }
    return rate(sentences.size(), start, cpuStart);
  }

  private static Rate batch(SemanticSimilarity miniLm, List<String> sentences) {
    long start = System.nanoTime();
    long cpuStart = processCpu();
    miniLm.embedAll(sentences);
    return rate(sentences.size(), start, cpuStart);
  }

  private static Rate rate(int sentences, long start, long cpuStart) {
    return new Rate(sentences / ((System.nanoTime() - start) / 1e9),
        sentences / ((processCpu() - cpuStart) / 1e9));
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void print(String mode, Rate[] rates) {
    double[] elapsed = Arrays.stream(rates).mapToDouble(Rate::elapsed).sorted().toArray();
    double[] cpu = Arrays.stream(rates).mapToDouble(Rate::cpu).sorted().toArray();
    System.out.printf(Locale.ROOT,
        "%-42s %,7.1f sentences/s elapsed (median; lowest %,.1f, highest %,.1f),"
            + " %,7.1f per CPU-second (median)%n",
        mode, elapsed[elapsed.length / 2], elapsed[0], elapsed[elapsed.length - 1],
        cpu[cpu.length / 2]);
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
