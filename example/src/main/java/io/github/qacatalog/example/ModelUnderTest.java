package io.github.qacatalog.example;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.EvaluationHttpClient;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model the run command evaluates: a real provider when the environment names one, else
 * nothing, and the command falls back to the retrieval baseline.
 *
 * <p>The first of these that is set wins: {@code OPENAI_API_KEY} (with {@code OPENAI_BASE_URL} for
 * any OpenAI-compatible server), {@code ANTHROPIC_API_KEY}, {@code OLLAMA_BASE_URL} (Ollama's
 * OpenAI-compatible endpoint, {@code /v1} under that address). {@code QACATALOG_MODEL} names the
 * model; each provider has a default. {@code QACATALOG_JUDGE_MODEL}, when set, names a model of the
 * same provider that grades each answer as an LLM judge. The key itself is never printed: only the
 * provider, the model names and the address are.
 *
 * <p>Every model is built with LangChain4j's own retries off ({@code maxRetries(0)}): the evaluation
 * retries, once, honouring the provider's {@code Retry-After}, which {@link EvaluationHttpClient}
 * keeps. So the attempts reported are the requests sent, and LangChain4j logs no retry warning,
 * which would print the provider's response body.
 */
record ModelUnderTest(AnswerModel model, String description, Optional<Judge> judge) {

  /** A judge model and the name its verdicts are logged under. */
  record Judge(String name, ChatModel model) {}

  static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
  static final String DEFAULT_ANTHROPIC_MODEL = "claude-haiku-4-5";
  static final String DEFAULT_OLLAMA_MODEL = "llama3.2";

  /** The provider the environment names, or empty when it names none. */
  static Optional<ModelUnderTest> fromEnvironment(Map<String, String> env) {
    String modelName = value(env, "QACATALOG_MODEL");
    String judgeName = value(env, "QACATALOG_JUDGE_MODEL");
    String openAiKey = value(env, "OPENAI_API_KEY");
    if (openAiKey != null) {
      String name = modelName != null ? modelName : DEFAULT_OPENAI_MODEL;
      String baseUrl = value(env, "OPENAI_BASE_URL");
      Function<String, ChatModel> openAi = model -> {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder().apiKey(openAiKey).modelName(model)
            .maxRetries(0).httpClientBuilder(EvaluationHttpClient.builder());
        if (baseUrl != null) {
          builder.baseUrl(baseUrl);
        }
        return builder.build();
      };
      return Optional.of(of("openai:", name, openAi, judgeName,
          "OpenAI " + name + (baseUrl != null ? " at " + baseUrl : "") + " (OPENAI_API_KEY)"));
    }
    String anthropicKey = value(env, "ANTHROPIC_API_KEY");
    if (anthropicKey != null) {
      String name = modelName != null ? modelName : DEFAULT_ANTHROPIC_MODEL;
      Function<String, ChatModel> anthropic =
          model -> AnthropicChatModel.builder().apiKey(anthropicKey).modelName(model).maxTokens(1024)
              .maxRetries(0).httpClientBuilder(EvaluationHttpClient.builder()).build();
      return Optional.of(of("anthropic:", name, anthropic, judgeName, "Anthropic " + name + " (ANTHROPIC_API_KEY)"));
    }
    String ollama = value(env, "OLLAMA_BASE_URL");
    if (ollama != null) {
      String name = modelName != null ? modelName : DEFAULT_OLLAMA_MODEL;
      String baseUrl = ollama.replaceAll("/+$", "") + "/v1";
      Function<String, ChatModel> local =
          model -> OpenAiChatModel.builder().baseUrl(baseUrl).apiKey("ollama").modelName(model)
              .maxRetries(0).httpClientBuilder(EvaluationHttpClient.builder()).build();
      return Optional.of(of("ollama:", name, local, judgeName, "Ollama " + name + " at " + baseUrl + " (OLLAMA_BASE_URL)"));
    }
    return Optional.empty();
  }

  private static ModelUnderTest of(String provider, String name, Function<String, ChatModel> build,
      String judgeName, String description) {
    Optional<Judge> judge = Optional.ofNullable(judgeName).map(j -> new Judge(provider + j, build.apply(j)));
    return new ModelUnderTest(AnswerModel.of(provider + name, build.apply(name)),
        description + judge.map(j -> ", judged by " + j.name() + " (QACATALOG_JUDGE_MODEL)").orElse(""), judge);
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
