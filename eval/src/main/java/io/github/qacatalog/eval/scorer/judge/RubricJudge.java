package io.github.qacatalog.eval.scorer.judge;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.qacatalog.eval.internal.Hashes;
import io.github.qacatalog.eval.scorer.Score;
import io.github.qacatalog.eval.scorer.Scorer;
import io.github.qacatalog.eval.scorer.ScoringInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code judge}: a language model grades each response against the gold answer by a {@link Rubric}.
 *
 * <p>The judge is asked for one JSON object whose properties are the rubric's criteria, each valued
 * with one of its labels, and a {@code reason}. When the chat model declares {@link
 * Capability#RESPONSE_FORMAT_JSON_SCHEMA}, the request carries that schema as LangChain4j's
 * structured output (an enum of labels per criterion), so that the provider holds the judge to it;
 * otherwise the schema is described in the prompt. The reply is read by a small, strict reader (a
 * code fence, text around the object and case are forgiven, nothing else): a label that is not one
 * of the rubric's gives an unparsed verdict with the raw output kept, never a guess.
 *
 * <p>Scores and details: {@code judge}, the rubric's {@linkplain Rubric#score score} of the labels
 * (0 to 1); {@code judge_<criterion>} for each criterion's label, {@code judge_passed} (the rubric's
 * pass), {@code judge_reason} and {@code judge_parsed}; an unparsed verdict gives no score, {@code
 * judge_parsed=false}, the reason and {@code judge_raw}. Its cache key names the judge and
 * fingerprints the rubric and the instructions, so that a verdict is reused only while both stay
 * the same.
 */
public final class RubricJudge implements Scorer {
  /** The instructions before the rubric; part of the cache key. */
  static final String INSTRUCTIONS = """
      You are a strict grader of answers to questions. You are given a question, the gold answer \
      (taken as correct and complete) and a response to grade. Grade the response against the gold \
      answer only, not against your own knowledge. Wording may differ from the gold answer; judge \
      meaning, not words. If the gold answer says that the information is not available, a \
      response that says so is the best on every criterion.""";

  private static final Set<String> RESERVED = Set.of("reason", "parsed", "passed", "raw", "error");

  private final String judgeName;
  private final ChatModel model;
  private final Rubric rubric;
  private final String cacheKey;

  /** A judge under a name (part of the cache key of its verdicts), grading by the rubric. */
  public RubricJudge(String judgeName, ChatModel model, Rubric rubric) {
    this.judgeName = Objects.requireNonNull(judgeName, "judgeName");
    if (judgeName.isBlank()) {
      throw new IllegalArgumentException("a judge name must not be blank");
    }
    this.model = Objects.requireNonNull(model, "model");
    this.rubric = Objects.requireNonNull(rubric, "rubric");
    for (Criterion c : rubric.criteria()) {
      if (RESERVED.contains(c.name())) {
        throw new IllegalArgumentException("a judge's criterion cannot be named " + c.name()
            + ": judge_" + c.name() + " is taken");
      }
    }
    this.cacheKey = judgeName + "|rubric-" + rubric.name() + "-"
        + Hashes.sha256(rubric.fingerprint() + '\u0000' + INSTRUCTIONS).substring(0, 16);
  }

  /** The rubric. */
  public Rubric rubric() {
    return rubric;
  }

  @Override
  public String name() {
    return "judge";
  }

  @Override
  public Optional<String> cacheKey() {
    return Optional.of(cacheKey);
  }

  @Override
  public Score score(ScoringInput input) {
    Verdict verdict = grade(input.question(), input.goldAnswer().orElseThrow(), input.response());
    Map<String, String> details = new LinkedHashMap<>();
    details.put("judge_parsed", Boolean.toString(verdict.parsed()));
    if (!verdict.parsed()) {
      details.put("judge_reason", verdict.reason());
      details.put("judge_raw", verdict.raw());
      return Score.detailsOnly(details);
    }
    verdict.labels().forEach((criterion, label) -> details.put("judge_" + criterion, label));
    details.put("judge_passed", Boolean.toString(rubric.passes(verdict.labels())));
    details.put("judge_reason", verdict.reason());
    return Score.of("judge", rubric.score(verdict.labels()), details);
  }

  /** Asks the judge once and reads its verdict; an exception from the model propagates. */
  public Verdict grade(String question, String gold, String response) {
    ChatResponse reply = model.chat(request(question, gold, response));
    AiMessage message = reply == null ? null : reply.aiMessage();
    return VerdictReader.read(rubric, message == null ? null : message.text());
  }

  /** The request for one response: with the JSON schema when the model takes one. */
  ChatRequest request(String question, String gold, String response) {
    boolean structured = supportsJsonSchema();
    ChatRequest.Builder request = ChatRequest.builder().messages(
        SystemMessage.from(systemPrompt(!structured)),
        UserMessage.from(userMessage(question, gold, response)));
    if (structured) {
      request.responseFormat(ResponseFormat.builder()
          .type(ResponseFormatType.JSON)
          .jsonSchema(JsonSchema.builder().name("verdict").rootElement(schema()).build())
          .build());
    }
    return request.build();
  }

  private boolean supportsJsonSchema() {
    Set<Capability> capabilities = model.supportedCapabilities();
    return capabilities != null && capabilities.contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
  }

  /** The verdict's schema: one enum property per criterion, then {@code reason}; all required. */
  JsonObjectSchema schema() {
    JsonObjectSchema.Builder schema = JsonObjectSchema.builder();
    List<String> required = new java.util.ArrayList<>();
    for (Criterion c : rubric.criteria()) {
      schema.addEnumProperty(c.name(), c.labels(), c.description().isEmpty() ? null : c.description());
      required.add(c.name());
    }
    schema.addStringProperty("reason", "one sentence saying what decided the labels");
    required.add("reason");
    return schema.required(required).additionalProperties(false).build();
  }

  /** The system message: the instructions, the rubric, and the reply's form when no schema is sent. */
  String systemPrompt(boolean describeSchema) {
    StringBuilder text = new StringBuilder(INSTRUCTIONS).append("\n\nGrade these criteria:\n");
    for (Criterion c : rubric.criteria()) {
      text.append("- ").append(c.name()).append(": one of ");
      for (int i = 0; i < c.labels().size(); i++) {
        text.append(i == 0 ? "" : ", ").append('"').append(c.labels().get(i)).append('"');
      }
      text.append(" (best first)");
      if (!c.description().isEmpty()) {
        text.append(". ").append(c.description());
      }
      text.append('\n');
    }
    if (describeSchema) {
      text.append("\nReply with one JSON object and nothing else, in this form:\n{");
      for (Criterion c : rubric.criteria()) {
        text.append('"').append(c.name()).append("\": \"").append(String.join("|", c.labels()))
            .append("\", ");
      }
      text.append("\"reason\": \"one sentence\"}\nEach value is exactly one of the labels listed.");
    }
    return text.toString();
  }

  /** The user message for one response: the question, the gold answer and the response. */
  static String userMessage(String question, String gold, String response) {
    return "<question>\n" + question.strip() + "\n</question>\n\n"
        + "<gold_answer>\n" + gold.strip() + "\n</gold_answer>\n\n"
        + "<response>\n" + (response.isBlank() ? "(empty response)" : response.strip())
        + "\n</response>";
  }

  @Override
  public String toString() {
    return "judge[" + judgeName + ", " + rubric.name() + "]";
  }
}
