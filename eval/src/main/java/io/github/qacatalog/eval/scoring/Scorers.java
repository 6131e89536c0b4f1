package io.github.qacatalog.eval.scoring;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import io.github.qacatalog.eval.score.LlmJudge;
import io.github.qacatalog.eval.score.RefusalDetector;
import io.github.qacatalog.eval.score.SemanticSimilarity;
import java.util.Objects;

/**
 * The built-in scorers: {@code similarity}, {@code token_f1}, {@code refusal} and {@code judge}.
 * An evaluation uses the first two for {@code ANSWER} questions (and the judge when one is given),
 * the third for {@code REFUSAL} questions.
 */
public final class Scorers {
  private Scorers() {}

  /**
   * {@code similarity}: the cosine of response and gold answer under all-MiniLM-L6-v2, which runs
   * in-process from its jar. The model is loaded once, on the first score, and shared.
   */
  public static Scorer similarity() {
    return new SimilarityScorer(SemanticSimilarity::miniLm);
  }

  /** {@code similarity} under another embedding model. */
  public static Scorer similarity(SemanticSimilarity similarity) {
    Objects.requireNonNull(similarity, "similarity");
    return new SimilarityScorer(() -> similarity);
  }

  /** {@code token_f1}: the F1 of the response's and the gold answer's normalised words. */
  public static Scorer tokenF1() {
    return new TokenF1Scorer();
  }

  /** {@code refusal}: 1 when the response says the information is not available, else 0. */
  public static Scorer refusal() {
    return refusal(RefusalDetector.standard());
  }

  /** {@code refusal} with another detector (more phrases, say). */
  public static Scorer refusal(RefusalDetector detector) {
    return new RefusalScorer(detector);
  }

  /**
   * {@code judge}: an LLM judge grades the response against the gold answer, named by the model
   * name of the chat model's default request parameters.
   */
  public static Scorer judge(ChatModel judge) {
    return judge(nameOf(judge), judge);
  }

  /** {@code judge} with the default rubric, under the given judge name (part of its cache key). */
  public static Scorer judge(String name, ChatModel judge) {
    return judge(name, new LlmJudge(judge));
  }

  /** {@code judge} with a judge set up as you like (another rubric), under the given name. */
  public static Scorer judge(String name, LlmJudge judge) {
    return new JudgeScorer(name, judge);
  }

  static String nameOf(ChatModel model) {
    Objects.requireNonNull(model, "model");
    ChatRequestParameters parameters = model.defaultRequestParameters();
    String name = parameters == null ? null : parameters.modelName();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(model.getClass().getSimpleName()
          + " names no model in its default request parameters; name the judge:"
          + " judge(\"my-judge\", chatModel)");
    }
    return name;
  }
}
