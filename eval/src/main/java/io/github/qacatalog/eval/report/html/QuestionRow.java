package io.github.qacatalog.eval.report.html;

import java.util.List;

/**
 * One question with every response to it.
 *
 * @param id the question's id
 * @param category the title of its category
 * @param text the question
 * @param paraphrases other wordings of it that were asked; may be empty
 * @param gold the gold answer; may be empty
 * @param source the question file, as a path relative to the report's directory; may be empty
 * @param line the question's line in that file, from 1; 0 when unknown
 * @param responses the responses, one per model, variant and sample
 */
public record QuestionRow(
    String id, String category, String text, List<String> paraphrases, String gold,
    String source, int line, List<ResponseView> responses) {

  /** Absent texts are empty, absent lists empty. */
  public QuestionRow {
    category = category == null ? "" : category;
    text = text == null ? "" : text;
    paraphrases = paraphrases == null ? List.of() : List.copyOf(paraphrases);
    gold = gold == null ? "" : gold;
    source = source == null ? "" : source;
    responses = responses == null ? List.of() : List.copyOf(responses);
  }
}
