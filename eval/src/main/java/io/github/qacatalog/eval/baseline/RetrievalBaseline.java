package io.github.qacatalog.eval.baseline;

import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.scorer.SemanticSimilarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stand-in for a language model (an {@link AnswerModel} of its own), for runs with no network and no key: it answers a question with
 * the passage of a context text most similar to the question, and refuses when no passage is similar
 * enough. It is a baseline, the score a model must beat, and says so in its {@link #name()}.
 *
 * <p>The context is split into passages: paragraphs (separated by blank lines, headings and
 * {@code ---} lines; a fenced code block stays whole), a paragraph of fewer than twelve words or
 * ending with a colon joined to the next one of its section, a paragraph of more than 120 words cut
 * between sentences. Each passage is embedded once, with its section heading before it, when the
 * baseline is built. A question is embedded and compared with every passage by cosine similarity.
 * When the best passage scores at least the {@linkplain #threshold() threshold}, the answer is
 * that passage's text; otherwise it is {@link #REFUSAL}.
 *
 * <p><b>The topic is masked in questions.</b> A context is about something, named in its title
 * and all through it, and a question that merely names it ("Under which licence is qacatalog
 * published?") is drawn to every passage that does, the introduction first, whatever it asks.
 * So before a question is embedded, each {@linkplain #topics() topic name} in it is replaced by
 * "it". The topic names are by default the text of the context's first level-one heading
 * ({@code # qacatalog}), matched as a whole phrase without regard to case; {@link #withTopics}
 * sets others.
 *
 * <p>The default threshold, {@value #DEFAULT_THRESHOLD}, was measured under all-MiniLM-L6-v2 on the
 * example's context file (prose about qacatalog, eight passages), topic masked. The eight
 * deep-dive questions it answers score their best passage 0.38 to 0.72. Twenty questions it cannot
 * answer score 0.04 to 0.28: the seed catalog's eleven out-of-scope questions, "What is the capital
 * of Australia?", the example's four questions beyond the context (licence, founders, downloads,
 * Kotlin support) and four more about qacatalog (maintainers, GitHub stars, Python version, release
 * date). The default stands halfway in that gap. Without masking, the eight questions naming
 * qacatalog scored 0.41 to 0.56 and no threshold separated the two groups. A longer, more technical
 * context separates less well (with the project's README as context, the answerable questions
 * scored 0.36 to 0.63 and "Which release of qacatalog added support for Kotlin data classes?"
 * 0.42): with another context or embedding model, measure again; {@link #retrieve} gives the
 * similarity.
 *
 * <p>Instances are immutable and thread-safe when the embedding model is.
 */
public final class RetrievalBaseline implements AnswerModel {
  /** What the baseline answers when no passage is similar enough to the question. */
  public static final String REFUSAL = "The information is not available in the provided context.";

  /** The similarity a passage needs by default to be given as the answer. */
  public static final double DEFAULT_THRESHOLD = 0.33;

  private final SemanticSimilarity embeddings;
  private final List<Passages.Passage> passages;
  private final List<float[]> vectors;
  private final double threshold;
  private final List<String> topics;
  private final List<Pattern> topicPatterns;

  private RetrievalBaseline(
      SemanticSimilarity embeddings,
      List<Passages.Passage> passages,
      List<float[]> vectors,
      double threshold,
      List<String> topics) {
    this.embeddings = embeddings;
    this.passages = passages;
    this.vectors = vectors;
    this.threshold = threshold;
    this.topics = List.copyOf(topics);
    List<Pattern> patterns = new ArrayList<>();
    for (String topic : this.topics) {
      String quoted = Pattern.quote(topic.strip()).replace(" ", "\\E\\s+\\Q");
      patterns.add(
          Pattern.compile(
              "(?<![\\p{L}\\p{N}_])" + quoted + "(?:['\u2019]s)?(?![\\p{L}\\p{N}_])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    this.topicPatterns = List.copyOf(patterns);
  }

  /**
   * A baseline over the given context text with the {@linkplain #DEFAULT_THRESHOLD default
   * threshold}. Every passage is embedded now, in one batch.
   *
   * @throws IllegalArgumentException if the context holds no text
   */
  public static RetrievalBaseline fromContext(String context, SemanticSimilarity embeddings) {
    return fromContext(context, embeddings, DEFAULT_THRESHOLD);
  }

  /**
   * A baseline over the given context text that answers only with a passage whose similarity to the
   * question is at least {@code threshold}.
   *
   * @throws IllegalArgumentException if the context holds no text or the threshold is not a number
   */
  public static RetrievalBaseline fromContext(
      String context, SemanticSimilarity embeddings, double threshold) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(embeddings, "embeddings");
    checkThreshold(threshold);
    List<Passages.Passage> passages = Passages.split(context);
    if (passages.isEmpty()) {
      throw new IllegalArgumentException("the context holds no text");
    }
    List<String> texts = new ArrayList<>(passages.size());
    passages.forEach(passage -> texts.add(passage.embedded()));
    String title = Passages.title(context);
    return new RetrievalBaseline(
        embeddings,
        List.copyOf(passages),
        embeddings.embedAll(texts),
        threshold,
        title.isEmpty() ? List.of() : List.of(title));
  }

  /** This baseline with another threshold; the passages are not embedded again. */
  public RetrievalBaseline withThreshold(double threshold) {
    checkThreshold(threshold);
    return new RetrievalBaseline(embeddings, passages, vectors, threshold, topics);
  }

  /**
   * This baseline with other topic names to mask in questions (none: mask nothing); the passages
   * are not embedded again.
   */
  public RetrievalBaseline withTopics(String... topics) {
    List<String> names = new ArrayList<>();
    for (String topic : topics) {
      if (!Objects.requireNonNull(topic, "topic").isBlank()) {
        names.add(topic.strip());
      }
    }
    return new RetrievalBaseline(embeddings, passages, vectors, threshold, names);
  }

  /** The names masked in questions before they are embedded; see the class comment. */
  public List<String> topics() {
    return topics;
  }

  /** The question as it is embedded: each topic name replaced by "it". */
  String masked(String question) {
    String text = question;
    for (Pattern topic : topicPatterns) {
      text = topic.matcher(text).replaceAll("it");
    }
    return text;
  }

  private static void checkThreshold(double threshold) {
    if (Double.isNaN(threshold) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("threshold must be a number: " + threshold);
    }
  }

  /** The name to print wherever its answers are shown, such as {@code retrieval-baseline(all-MiniLM-L6-v2)}. */
  @Override
  public String name() {
    return "retrieval-baseline(" + embeddings.modelName() + ")";
  }

  /** As a model under test: the system prompt is ignored, the user message is the question. */
  @Override
  public ModelAnswer answer(String systemPrompt, String userMessage) {
    return ModelAnswer.of(answer(userMessage));
  }

  /** The answer to a question: the most similar passage's text, or {@link #REFUSAL}. */
  public String answer(String question) {
    Match match = retrieve(question);
    return match.refused() ? REFUSAL : match.passage();
  }

  /**
   * The passage most similar to the question, its similarity, and whether it falls short of the
   * threshold.
   */
  public Match retrieve(String question) {
    Objects.requireNonNull(question, "question");
    if (question.isBlank()) {
      return new Match(passages.get(0).text(), 0.0, true);
    }
    String masked = masked(question);
    if (masked.isBlank()) {
      return new Match(passages.get(0).text(), 0.0, true);
    }
    float[] asked = embeddings.embed(masked);
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < vectors.size(); i++) {
      double score = SemanticSimilarity.cosine(asked, vectors.get(i));
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return new Match(passages.get(best).text(), bestScore, bestScore < threshold);
  }

  /**
   * The best passage for a question.
   *
   * @param passage the text of the passage most similar to the question
   * @param similarity its cosine similarity to the question
   * @param refused whether the similarity falls short of the threshold, so that the baseline refuses
   */
  public record Match(String passage, double similarity, boolean refused) {}

  /** The passages the context was split into, in order. */
  public List<String> passages() {
    List<String> texts = new ArrayList<>(passages.size());
    passages.forEach(passage -> texts.add(passage.text()));
    return List.copyOf(texts);
  }

  /** The similarity a passage needs to be given as the answer. */
  public double threshold() {
    return threshold;
  }

  @Override
  public String toString() {
    return name();
  }
}
