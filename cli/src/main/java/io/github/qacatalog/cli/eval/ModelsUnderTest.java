package io.github.qacatalog.cli.eval;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.recorded.RecordedReader;
import io.github.qacatalog.eval.recorded.RecordedResponses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The models of {@code --model} options, built: a provider's chat model under the spec as typed
 * ({@code openai:gpt-4o-mini}), or every model of a recorded file under its own name.
 *
 * @param models the models, in the order given
 * @param answered the questions the recorded models answered, each once, when every model is
 *     recorded; else every question
 * @param notes what the user should know about the set-up (questions no recording answers)
 */
public record ModelsUnderTest(List<AnswerModel> models, List<QaItem> answered, List<String> notes) {

  /**
   * Builds the models.
   *
   * @throws ProviderException for a missing key or a model name given twice
   * @throws RecordedFileException for a recorded file that is missing, empty or holds several
   *     samples of a model
   * @throws io.github.qacatalog.eval.recorded.RecordedInputException for the rows of a recorded
   *     file that match no question (every problem of the file)
   */
  public static ModelsUnderTest build(List<ModelSpec> specs, List<QaItem> items,
      ProviderEnvironment env, Duration timeout) {
    List<AnswerModel> models = new ArrayList<>();
    Set<QaItem> answered = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    boolean allRecorded = true;
    for (ModelSpec spec : specs) {
      List<AnswerModel> built = new ArrayList<>();
      if (spec.provider() == Provider.RECORDED) {
        RecordedResponses responses = recorded(spec, items);
        for (String name : responses.models()) {
          List<Integer> samples = responses.samples(name);
          if (samples.size() > 1) {
            throw new RecordedFileException(spec.name() + " holds " + samples.size() + " samples of "
                + name + " " + samples + "; the command line replays one sample per model: keep"
                + " the rows of one sample in the file");
          }
          built.add(responses.model(name));
          answered.addAll(responses.items(name));
          int missing = responses.unanswered(name).size();
          if (missing > 0) {
            notes.add(name + " (" + spec.name() + ") answers " + responses.items(name).size()
                + " of " + items.size() + " questions; " + missing + " have no recorded response");
          }
        }
      } else {
        allRecorded = false;
        built.add(AnswerModel.of(spec.text(), spec.provider().chatModel(spec.name(), env, timeout)));
      }
      for (AnswerModel m : built) {
        if (!names.add(m.name())) {
          throw new ProviderException("two models named " + m.name()
              + ": each model's answers are cached and reported under its name; give it once");
        }
        models.add(m);
      }
    }
    List<QaItem> asked = allRecorded
        ? items.stream().filter(answered::contains).toList()
        : List.copyOf(items);
    if (allRecorded && asked.size() < items.size()) {
      notes.add((items.size() - asked.size()) + " questions no recorded model answers are left out");
    } else if (!allRecorded && !notes.isEmpty()) {
      notes.add("a recorded model's unanswered questions count as failed calls beside the other models");
    }
    return new ModelsUnderTest(List.copyOf(models), asked, List.copyOf(notes));
  }

  private static RecordedResponses recorded(ModelSpec spec, List<QaItem> items) {
    Path file = Path.of(spec.name());
    if (!Files.isRegularFile(file)) {
      throw new RecordedFileException("recorded responses " + spec.name() + " not found (a CSV or"
          + " JSON Lines file; see docs/recorded-and-hand-grades.md)");
    }
    RecordedResponses responses = RecordedReader.of(items).responses(file);
    if (responses.size() == 0) {
      throw new RecordedFileException(spec.name() + " holds no response");
    }
    return responses;
  }
}
