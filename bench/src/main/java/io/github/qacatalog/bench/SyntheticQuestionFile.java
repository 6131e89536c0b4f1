package io.github.qacatalog.bench;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A question file of any size, the same bytes for the same arguments. It looks like an evaluation
 * set: {@code ##} sections with a line of description, numbered questions of 8 to 30 words (some
 * with inline Markdown and non-ASCII letters), and in every other section an {@code **Answer:**}
 * paragraph after each question, closed by {@code ---}. Numbers run through the file without gaps, as the format asks.
 */
public final class SyntheticQuestionFile {
  private static final String[] WORDS = {
    "model", "training", "evaluation", "dataset", "retrieval", "latency", "budget", "pipeline",
    "benchmark", "quantization", "distillation", "tokenizer", "attention", "context", "window",
    "gradient", "loss", "batch", "inference", "deployment", "reliability", "failure", "metric",
    "baseline", "ablation", "hypothesis", "experiment", "production", "scale", "memory", "cache",
    "index", "embedding", "vector", "precision", "recall", "judge", "agreement", "annotation",
    "label", "noise", "signal", "variance", "seed", "checkpoint", "schedule", "learning", "rate",
    "the", "a", "your", "this", "that", "how", "why", "when", "would", "could", "should", "you",
    "design", "measure", "explain", "compare", "débogage", "naïve", "café", "don’t", "`BinPackCollator`",
    "*tiny*", "**reliable**", "LoRA", "ColBERT", "FastHTML", "p95", "100x", "trade-offs",
  };

  private SyntheticQuestionFile() {}

  /** {@code questions} questions spread evenly over {@code sections} sections. */
  public static byte[] generate(int questions, int sections, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder file = new StringBuilder(questions * 160);
    file.append("# Evaluation set\n\nGenerated for benchmarks: ").append(questions).append(" questions.\n");
    int number = 1;
    for (int section = 1; section <= sections; section++) {
      int inSection = questions / sections + (section <= questions % sections ? 1 : 0);
      boolean answers = section % 2 == 0;
      file.append("\n## Section ").append(section).append(' ').append(word(random)).append("\n\n")
          .append("Questions about ").append(word(random)).append(" and ").append(word(random)).append(".\n\n");
      for (int i = 0; i < inSection; i++, number++) {
        file.append(number).append(". ");
        sentence(file, random, 8 + random.nextInt(23));
        file.append("?\n");
        if (answers) {
          file.append("\n**Answer:** ");
          sentence(file, random, 10 + random.nextInt(40));
          file.append(".\n\n---\n\n");
        }
      }
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void sentence(StringBuilder out, SplittableRandom random, int words) {
    String first = word(random);
    out.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
    for (int i = 1; i < words; i++) {
      out.append(' ').append(word(random));
    }
  }

  private static String word(SplittableRandom random) {
    return WORDS[random.nextInt(WORDS.length)];
  }
}
