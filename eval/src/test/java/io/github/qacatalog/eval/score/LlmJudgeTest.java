package io.github.qacatalog.eval.score;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlmJudgeTest {
  private static final String QUESTION = "What does the runtime library depend on?";
  private static final String GOLD = "Nothing but the JDK.";
  private static final String RESPONSE = "It only needs the JDK, no third-party libraries.";

  /** A judge that records what it is asked and replies with a fixed text. */
  private static final class FakeJudge implements ChatModel {
    final List<ChatRequest> requests = new ArrayList<>();
    final String reply;

    FakeJudge(String reply) {
      this.reply = reply;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      requests.add(request);
      return ChatResponse.builder().aiMessage(AiMessage.from(reply)).build();
    }
  }

  @Test
  void sendsTheRubricAndTheThreeTextsAndReadsTheVerdict() {
    FakeJudge model =
        new FakeJudge(
            "```json\n{\"completeness\": \"full\", \"accuracy\": \"accurate\", \"hallucinations\":"
                + " \"minor\", \"format\": \"ok\", \"reason\": \"Right, adds a detail.\"}\n```");
    LlmJudge judge = new LlmJudge(model);

    JudgeVerdict verdict = judge.grade(QUESTION, GOLD, RESPONSE);

    assertThat(verdict)
        .isEqualTo(
            JudgeVerdict.of(
                Completeness.FULL, Accuracy.ACCURATE, Hallucinations.MINOR, Format.OK,
                "Right, adds a detail."));
    assertThat(model.requests).hasSize(1);
    List<ChatMessage> messages = model.requests.get(0).messages();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).isInstanceOf(SystemMessage.class);
    assertThat(((SystemMessage) messages.get(0)).text()).isEqualTo(judge.systemPrompt());
    assertThat(messages.get(1)).isInstanceOf(UserMessage.class);
    String user = ((UserMessage) messages.get(1)).singleText();
    assertThat(user).isEqualTo(judge.userMessage(QUESTION, GOLD, RESPONSE));
    assertThat(user).contains(QUESTION);
    assertThat(user).contains(GOLD);
    assertThat(user).contains(RESPONSE);
    assertThat(user.indexOf(QUESTION)).isLessThan(user.indexOf(GOLD));
    assertThat(user.indexOf(GOLD)).isLessThan(user.indexOf(RESPONSE));
  }

  @Test
  void theRubricNamesEveryGradeAndAsksForOneJsonObject() {
    String rubric = new LlmJudge(new FakeJudge("")).systemPrompt();
    for (String word :
        List.of("completeness", "full", "partial", "none", "accuracy", "accurate", "partly",
            "inaccurate", "hallucinations", "minor", "major", "format", "ok", "poor", "reason",
            "JSON")) {
      assertThat(rubric).contains(word);
    }
    // The form the rubric shows is one the parser reads.
    String form = rubric.substring(rubric.indexOf('{'), rubric.indexOf('}') + 1);
    assertThat(JudgeVerdictParser.parse(form.replace("full|partial|none", "full")
            .replace("accurate|partly|inaccurate", "accurate")
            .replace("none|minor|major", "none")
            .replace("ok|poor", "ok")).parsed())
        .isTrue();
  }

  @Test
  void anEmptyResponseIsShownAsSuch() {
    String user = new LlmJudge(new FakeJudge("")).userMessage(QUESTION, GOLD, "  ");
    assertThat(user).contains("(empty response)");
  }

  @Test
  void unreadableOutputIsAnUnparsableVerdict() {
    LlmJudge judge = new LlmJudge(new FakeJudge("The response is great, 10/10."));
    JudgeVerdict verdict = judge.grade(QUESTION, GOLD, RESPONSE);
    assertThat(verdict.parsed()).isFalse();
    assertThat(verdict.raw()).isEqualTo("The response is great, 10/10.");
  }

  @Test
  void aReplyWithoutTextIsAnUnparsableVerdict() {
    ChatModel silent =
        new ChatModel() {
          @Override
          public ChatResponse doChat(ChatRequest request) {
            return ChatResponse.builder().aiMessage(AiMessage.builder().build()).build();
          }
        };
    JudgeVerdict verdict = new LlmJudge(silent).grade(QUESTION, GOLD, RESPONSE);
    assertThat(verdict.parsed()).isFalse();
  }

  @Test
  void aFailingModelPropagates() {
    ChatModel failing =
        new ChatModel() {
          @Override
          public ChatResponse doChat(ChatRequest request) {
            throw new IllegalStateException("quota exceeded");
          }
        };
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class, () -> new LlmJudge(failing).grade(QUESTION, GOLD, RESPONSE));
    assertThat(thrown).hasMessageThat().contains("quota exceeded");
  }

  @Test
  void aCustomPromptIsSent() {
    FakeJudge model = new FakeJudge("{}");
    new LlmJudge(model, "Grade harshly.").grade(QUESTION, GOLD, RESPONSE);
    assertThat(((SystemMessage) model.requests.get(0).messages().get(0)).text())
        .isEqualTo("Grade harshly.");
  }
}
