package io.github.qacatalog.eval.report.html;

import java.util.List;

/**
 * What was run: the report's header.
 *
 * @param title the report's title, for example the catalog's name
 * @param source the question file, as the reader knows it (for example {@code src/main/qa/QA.md})
 * @param models the models asked, in the order their responses are shown
 * @param variants the variants (prompt or context variants) asked; may be empty
 * @param contextHash a hash of the context given to the models; may be null
 * @param promptHash a hash of the prompt template; may be null
 * @param date when the run was made, as text (ISO 8601)
 * @param questions the number of questions
 * @param fromModel responses the models gave in this run
 * @param fromLog responses taken from the run log instead of asking again
 * @param failed calls that failed (no response)
 * @param baseline the model the comparisons are against; may be null
 */
public record RunFacts(
    String title,
    String source,
    List<String> models,
    List<String> variants,
    String contextHash,
    String promptHash,
    String date,
    int questions,
    int fromModel,
    int fromLog,
    int failed,
    String baseline) {

  /** Absent texts are empty, absent lists empty. */
  public RunFacts {
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    models = models == null ? List.of() : List.copyOf(models);
    variants = variants == null ? List.of() : List.copyOf(variants);
    date = date == null ? "" : date;
  }
}
