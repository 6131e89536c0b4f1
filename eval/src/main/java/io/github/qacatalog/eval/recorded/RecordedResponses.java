package io.github.qacatalog.eval.recorded;

import io.github.qacatalog.QaItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The responses of a recorded file, each matched to a catalog question: by model, the {@link
 * RecordedModel} that replays them, the questions they answer and those they leave out.
 */
public final class RecordedResponses {
  private final List<QaItem> catalog;
  private final List<RecordedResponse> responses;
  private final Map<String, List<RecordedResponse>> byModel = new LinkedHashMap<>();

  RecordedResponses(List<? extends QaItem> catalog, List<RecordedResponse> responses) {
    this.catalog = List.copyOf(catalog);
    this.responses = List.copyOf(responses);
    for (RecordedResponse r : responses) {
      byModel.computeIfAbsent(r.model(), m -> new ArrayList<>()).add(r);
    }
  }

  /** Every response, in the file's order. */
  public List<RecordedResponse> all() {
    return responses;
  }

  /** The models, in the order they first appear. */
  public List<String> models() {
    return List.copyOf(byModel.keySet());
  }

  /**
   * The model of that name, replaying its responses.
   *
   * @throws IllegalStateException when the file holds several samples of the model: take one
   *     with {@link #model(String, int)}, so that no response is left out unseen
   */
  public RecordedModel model(String name) {
    List<Integer> samples = samples(name);
    if (samples.size() > 1) {
      throw new IllegalStateException("the file holds " + samples.size() + " samples of " + name
          + " (" + samples + "): name one with model(\"" + name + "\", sample)");
    }
    return model(name, samples.get(0));
  }

  /** The model of that name replaying one sample of its responses. */
  public RecordedModel model(String name, int sample) {
    List<RecordedResponse> mine = byModel.get(name);
    if (mine == null) {
      throw new IllegalArgumentException("no responses of a model named " + name
          + "; the models: " + String.join(", ", models()));
    }
    List<RecordedResponse> ofSample = mine.stream().filter(r -> r.sample() == sample).toList();
    if (ofSample.isEmpty()) {
      throw new IllegalArgumentException("no sample " + sample + " of " + name + "; its samples: "
          + samples(name));
    }
    return new RecordedModel(name, ofSample);
  }

  /** The samples of a model in the file, in increasing order. */
  public List<Integer> samples(String name) {
    return byModel.getOrDefault(name, List.of()).stream().map(RecordedResponse::sample)
        .distinct().sorted().toList();
  }

  /** The only model of the file. */
  public RecordedModel model() {
    if (byModel.size() != 1) {
      throw new IllegalStateException("the file holds " + byModel.size()
          + " models (" + String.join(", ", models()) + "): name one");
    }
    return model(models().get(0));
  }

  /** The questions a model answered, in the catalog's order, each once. */
  public List<QaItem> items(String model) {
    Set<QaItem> answered = new LinkedHashSet<>();
    byModel.getOrDefault(model, List.of()).forEach(r -> answered.add(r.item()));
    return catalog.stream().filter(answered::contains).toList();
  }

  /** The catalog's questions a model gave no response to (in no wording), in the catalog's order. */
  public List<QaItem> unanswered(String model) {
    List<QaItem> answered = items(model);
    return catalog.stream().filter(i -> !answered.contains(i)).toList();
  }

  /** The responses of a model to a question, one per wording, in the file's order. */
  public List<RecordedResponse> of(String model, QaItem item) {
    return byModel.getOrDefault(model, List.of()).stream().filter(r -> r.item().equals(item)).toList();
  }

  /** The response of a model to one wording of a question, in one sample. */
  public Optional<RecordedResponse> find(String model, QaItem item, String wording, int sample) {
    return of(model, item).stream()
        .filter(r -> r.wording().text().equals(wording) && r.sample() == sample).findFirst();
  }

  /** How many responses. */
  public int size() {
    return responses.size();
  }
}
