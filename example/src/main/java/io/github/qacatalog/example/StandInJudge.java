package io.github.qacatalog.example;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A STAND-IN for an LLM judge, so that the run command shows the judge's agreement with a person
 * offline and with no key: it is no language model, and its labels say nothing about how well a
 * real judge grades. It answers the rubric's JSON from simple rules on the words of the gold answer
 * and the response, which it reads from the judge's user message ({@code <gold_answer>}, {@code
 * <response>}): completeness {@code Full} when the response holds at least half of the gold
 * answer's longer words, accuracy {@code Perfect} when it holds at least a third, conciseness
 * {@code Verbose} when it is more than twice as long as the gold answer and 15 words, format always
 * {@code Followed}. It grades only what the judge is sent: the person's grades never reach it.
 */
final class StandInJudge implements ChatModel {
  /** The name its verdicts are logged under; says what it is. */
  static final String NAME = "stand-in-judge-rules-not-an-llm";

  @Override
  public ChatResponse doChat(ChatRequest request) {
    String user = "";
    for (ChatMessage m : request.messages()) {
      if (m instanceof UserMessage u) {
        user = u.singleText();
      }
    }
    String gold = between(user, "<gold_answer>", "</gold_answer>");
    String response = between(user, "<response>", "</response>");
    Set<String> key = words(gold).stream().filter(w -> w.length() > 3).collect(Collectors.toSet());
    Set<String> said = words(response);
    long found = key.stream().filter(said::contains).count();
    double share = key.isEmpty() ? 1 : (double) found / key.size();
    boolean verbose = count(response) > 2 * count(gold) + 15;
    String json = "{\"completeness\": \"" + (share >= 0.5 ? "Full" : "Partial") + "\", "
        + "\"accuracy\": \"" + (share >= 1.0 / 3 ? "Perfect" : "Minor Error") + "\", "
        + "\"conciseness\": \"" + (verbose ? "Verbose" : "Concise") + "\", "
        + "\"format\": \"Followed\", "
        + "\"reason\": \"stand-in rule: " + found + " of " + key.size()
        + " key words of the gold answer\"}";
    return ChatResponse.builder().aiMessage(AiMessage.from(json)).build();
  }

  private static String between(String text, String open, String close) {
    int from = text.indexOf(open);
    int to = text.indexOf(close, from + 1);
    return from < 0 || to < 0 ? "" : text.substring(from + open.length(), to);
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
  }

  private static int count(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
