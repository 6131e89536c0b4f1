package io.github.qacatalog.eval.recorded;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which column of a recorded file holds what. Defaults ({@link #DEFAULT}): {@code id}, {@code
 * question}, {@code model}, {@code response}, {@code note}, {@code variant}, {@code sample}, and one
 * column per rubric criterion named as the criterion ({@code completeness}, {@code accuracy}, ...).
 * Column names are matched exactly, after trimming the header's white space. In JSON Lines, the
 * columns are the keys of each line's object.
 *
 * @param id the question's id; a row needs an id or a question
 * @param question the question's text as asked: as written, or one of its paraphrases
 * @param model the name of the model that gave the response; optional
 * @param response the response; a responses file needs it
 * @param note a person's free-text note (on hallucinations, say); optional, grades only
 * @param variant the prompt variant graded (the review page writes it); optional, grades only
 * @param sample the sample, from 1, telling apart several responses of one model to one wording
 *     (repeats) and their grades (the review page writes it); optional, blank is 1
 * @param criteria columns named otherwise than their criterion: criterion name to column name
 */
public record RecordedColumns(String id, String question, String model, String response,
    String note, String variant, String sample, Map<String, String> criteria) {

  /** The default names. */
  public static final RecordedColumns DEFAULT = new RecordedColumns(
      "id", "question", "model", "response", "note", "variant", "sample", Map.of());

  /** Checks that no name is null or blank. */
  public RecordedColumns {
    for (String name : new String[] {id, question, model, response, note, variant, sample}) {
      if (Objects.requireNonNull(name, "column name").isBlank()) {
        throw new IllegalArgumentException("a column name must not be blank");
      }
    }
    criteria = Map.copyOf(criteria);
    criteria.values().forEach(c -> {
      if (c.isBlank()) {
        throw new IllegalArgumentException("a column name must not be blank");
      }
    });
  }

  /** The column of a criterion: its name unless {@link #withCriterion renamed}. */
  public String criterion(String criterion) {
    return criteria.getOrDefault(criterion, criterion);
  }

  /** These columns with another id column. */
  public RecordedColumns withId(String column) {
    return new RecordedColumns(column, question, model, response, note, variant, sample, criteria);
  }

  /** These columns with another question column. */
  public RecordedColumns withQuestion(String column) {
    return new RecordedColumns(id, column, model, response, note, variant, sample, criteria);
  }

  /** These columns with another model column. */
  public RecordedColumns withModel(String column) {
    return new RecordedColumns(id, question, column, response, note, variant, sample, criteria);
  }

  /** These columns with another response column. */
  public RecordedColumns withResponse(String column) {
    return new RecordedColumns(id, question, model, column, note, variant, sample, criteria);
  }

  /** These columns with another note column. */
  public RecordedColumns withNote(String column) {
    return new RecordedColumns(id, question, model, response, column, variant, sample, criteria);
  }

  /** These columns with the criterion {@code criterion} read from {@code column}. */
  public RecordedColumns withCriterion(String criterion, String column) {
    Map<String, String> renamed = new TreeMap<>(criteria);
    renamed.put(Objects.requireNonNull(criterion, "criterion"), Objects.requireNonNull(column, "column"));
    return new RecordedColumns(id, question, model, response, note, variant, sample, renamed);
  }
}
