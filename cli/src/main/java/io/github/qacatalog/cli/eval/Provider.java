package io.github.qacatalog.cli.eval;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.qacatalog.eval.model.EvaluationHttpClient;
import java.time.Duration;

/**
 * The providers the command line builds chat models of. Every model gets {@link
 * EvaluationHttpClient} and {@code maxRetries(0)}: the evaluation retries (and waits as long as a
 * provider's {@code Retry-After} asks), so a retry inside LangChain4j would be a call it does not
 * count.
 */
public enum Provider {
  /** OpenAI, or any OpenAI-compatible server at {@code OPENAI_BASE_URL}. */
  OPENAI("openai") {
    @Override
    public ChatModel chatModel(String model, ProviderEnvironment env, Duration timeout) {
      OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
          .apiKey(env.key("openai", "OPENAI_API_KEY")).modelName(model)
          .httpClientBuilder(EvaluationHttpClient.builder()).maxRetries(0).timeout(timeout);
      env.get("OPENAI_BASE_URL").ifPresent(b::baseUrl);
      return b.build();
    }
  },
  /** Anthropic's Messages API; {@code ANTHROPIC_BASE_URL} for a proxy. */
  ANTHROPIC("anthropic") {
    @Override
    public ChatModel chatModel(String model, ProviderEnvironment env, Duration timeout) {
      AnthropicChatModel.AnthropicChatModelBuilder b = AnthropicChatModel.builder()
          .apiKey(env.key("anthropic", "ANTHROPIC_API_KEY")).modelName(model)
          .httpClientBuilder(EvaluationHttpClient.builder()).maxRetries(0).timeout(timeout);
      env.get("ANTHROPIC_BASE_URL").ifPresent(b::baseUrl);
      return b.build();
    }
  },
  /**
   * Google AI (the Gemini API, not Vertex AI); {@code GOOGLE_API_KEY} wins over {@code
   * GEMINI_API_KEY} when both are set, as in Google's own libraries; {@code GEMINI_BASE_URL} for a
   * proxy.
   */
  GEMINI("gemini") {
    @Override
    public ChatModel chatModel(String model, ProviderEnvironment env, Duration timeout) {
      GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder b = GoogleAiGeminiChatModel.builder()
          .apiKey(env.key("gemini", "GOOGLE_API_KEY", "GEMINI_API_KEY")).modelName(model)
          .httpClientBuilder(EvaluationHttpClient.builder()).maxRetries(0).timeout(timeout);
      env.get("GEMINI_BASE_URL").ifPresent(b::baseUrl);
      return b.build();
    }
  },
  /**
   * A local Ollama server at {@code OLLAMA_BASE_URL} (default {@value #OLLAMA_DEFAULT_URL}),
   * through its OpenAI-compatible endpoint {@code /v1}: no key.
   */
  OLLAMA("ollama") {
    @Override
    public ChatModel chatModel(String model, ProviderEnvironment env, Duration timeout) {
      String base = env.get("OLLAMA_BASE_URL").orElse(OLLAMA_DEFAULT_URL).replaceAll("/+$", "");
      return OpenAiChatModel.builder()
          // Ollama ignores the key; the OpenAI client sends one.
          .baseUrl(base.endsWith("/v1") ? base : base + "/v1").apiKey("ollama").modelName(model)
          .httpClientBuilder(EvaluationHttpClient.builder()).maxRetries(0).timeout(timeout)
          .build();
    }
  },
  /** Responses collected elsewhere, in a CSV or JSON Lines file: no model is called. */
  RECORDED("recorded") {
    @Override
    public ChatModel chatModel(String model, ProviderEnvironment env, Duration timeout) {
      throw new ProviderException("recorded:" + model + " holds responses, not a chat model:"
          + " it cannot judge; name a provider's model for --judge");
    }
  };

  /** Where Ollama listens unless {@code OLLAMA_BASE_URL} says otherwise. */
  public static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";

  private final String prefix;

  Provider(String prefix) {
    this.prefix = prefix;
  }

  /** What the command line writes before the colon. */
  public String prefix() {
    return prefix;
  }

  /**
   * A chat model of this provider, with the key from the environment.
   *
   * @throws ProviderException when the key is missing, or the provider builds no chat model
   */
  public abstract ChatModel chatModel(String model, ProviderEnvironment env, Duration timeout);
}
