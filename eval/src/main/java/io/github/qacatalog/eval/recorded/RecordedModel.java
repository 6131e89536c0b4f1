package io.github.qacatalog.eval.recorded;

import dev.langchain4j.exception.NonRetriableException;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelAnswer;
import io.github.qacatalog.eval.recorded.internal.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The model of a recorded file: answers each wording it has a response to with that response, and
 * calls no model (no key, no network). Named after the file's model column.
 *
 * <p>It looks the user message up as the evaluation sends it (the question's text, or a
 * paraphrase's), after trimming white space; a question it has no response to fails without retry,
 * naming the question. Ask it only the {@link RecordedResponses#items(String) items} it answers. It
 * replays one sample ({@link RecordedResponses#model(String, int)}).
 */
public final class RecordedModel implements AnswerModel {
  private final String name;
  private final Map<String, RecordedResponse> byWording = new LinkedHashMap<>();

  RecordedModel(String name, List<RecordedResponse> responses) {
    this.name = Objects.requireNonNull(name, "name");
    for (RecordedResponse r : responses) {
      if (!r.model().equals(name)) {
        throw new IllegalArgumentException("a response of " + r.model() + " given to " + name);
      }
      if (byWording.putIfAbsent(Text.exact(r.wording().text()), r) != null) {
        throw new IllegalArgumentException("two responses of " + name + " to one wording: " + r.source());
      }
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** The recorded response to a wording, as the evaluation sends it. */
  public Optional<RecordedResponse> recorded(String question) {
    return Optional.ofNullable(byWording.get(Text.exact(question)));
  }

  @Override
  public ModelAnswer answer(String systemPrompt, String userMessage) {
    RecordedResponse r = byWording.get(Text.exact(userMessage));
    if (r == null) {
      throw new NonRetriableException("no recorded response of " + name + " to \""
          + Text.shortened(userMessage, 80) + "\"");
    }
    return ModelAnswer.of(r.response());
  }

  @Override
  public String toString() {
    return "RecordedModel[" + name + ", " + byWording.size() + " responses]";
  }
}
