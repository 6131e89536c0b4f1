package io.github.qacatalog.eval.score;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Objects;

/**
 * Grades a response against the gold answer with a language model as the judge: completeness
 * (full, partial, none), accuracy (accurate, partly, inaccurate), hallucinations (none, minor,
 * major), format (ok, poor) and a one-line reason, asked for as one JSON object and read by
 * {@link JudgeVerdictParser}.
 *
 * <p>The judge is any LangChain4j {@link ChatModel}; give it a low temperature when the provider
 * allows one. {@link #grade} sends one request with {@link #systemPrompt()} as the system message
 * and {@link #userMessage} as the user message. An exception from the model (network, quota,
 * timeout) propagates: retrying is the caller's business. Output that cannot be read is never an
 * exception but an {@linkplain JudgeVerdict#unparsable unparsable verdict}.
 *
 * <p>Instances are thread-safe when the chat model is.
 */
public final class LlmJudge {
  /** The rubric the judge is given by default. */
  public static final String DEFAULT_SYSTEM_PROMPT =
      """
      You are a strict grader of answers to questions. You are given a question, the gold answer \
      (taken as correct and complete) and a response to grade. Grade the response against the \
      gold answer only, not against your own knowledge.

      Grade four things:
      - completeness: "full" if the response gives every key point of the gold answer, "partial" \
      if it gives some of them, "none" if it gives none (a response that declines to answer \
      gives none).
      - accuracy: "accurate" if everything the response states agrees with the gold answer, \
      "partly" if it is mostly right but gets a secondary point wrong, "inaccurate" if its main \
      point contradicts the gold answer or it is wrong overall.
      - hallucinations: claims that neither the gold answer nor the question supports. "none" if \
      there are none, "minor" for an unsupported detail that does not change the answer, "major" \
      for an unsupported claim that changes the answer or would mislead a reader.
      - format: "ok" if the response is direct, readable and of a sensible length for the \
      question, "poor" if it rambles, is padded or is badly structured.

      Wording may differ from the gold answer; judge meaning, not words. If the gold answer says \
      that the information is not available, a response that says so is full, accurate, with no \
      hallucinations, and a response that answers anyway has major hallucinations.

      Reply with one JSON object and nothing else, no code fence, in this form:
      {"completeness": "full|partial|none", "accuracy": "accurate|partly|inaccurate", \
      "hallucinations": "none|minor|major", "format": "ok|poor", "reason": "one line"}
      The reason is one sentence saying what decided the grades.""";

  private final ChatModel judge;
  private final String systemPrompt;

  /** A judge that grades with the given model and the {@linkplain #DEFAULT_SYSTEM_PROMPT rubric}. */
  public LlmJudge(ChatModel judge) {
    this(judge, DEFAULT_SYSTEM_PROMPT);
  }

  /**
   * A judge that grades with the given model and system prompt. The prompt should ask for the JSON
   * object that {@link JudgeVerdictParser} reads.
   */
  public LlmJudge(ChatModel judge, String systemPrompt) {
    this.judge = Objects.requireNonNull(judge, "judge");
    this.systemPrompt = Objects.requireNonNull(systemPrompt, "systemPrompt");
  }

  /** The system message: the rubric and the JSON form of the reply. */
  public String systemPrompt() {
    return systemPrompt;
  }

  /** The user message for one response: the question, the gold answer and the response. */
  public String userMessage(String question, String gold, String response) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(response, "response");
    return "<question>\n" + question.strip() + "\n</question>\n\n"
        + "<gold_answer>\n" + gold.strip() + "\n</gold_answer>\n\n"
        + "<response>\n" + (response.isBlank() ? "(empty response)" : response.strip())
        + "\n</response>\n\n"
        + "Grade the response. Reply with the JSON object only.";
  }

  /**
   * Asks the judge to grade a response and reads its verdict. An exception from the model
   * propagates; output that cannot be read is an unparsable verdict.
   */
  public JudgeVerdict grade(String question, String gold, String response) {
    ChatRequest request =
        ChatRequest.builder()
            .messages(
                SystemMessage.from(systemPrompt),
                UserMessage.from(userMessage(question, gold, response)))
            .build();
    ChatResponse reply = judge.chat(request);
    AiMessage message = reply == null ? null : reply.aiMessage();
    return JudgeVerdictParser.parse(message == null ? null : message.text());
  }
}
