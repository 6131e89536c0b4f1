package io.github.qacatalog.eval.scorer.judge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a judge's output into a {@link Verdict}, accepting the JSON object it was asked for with
 * light noise and nothing else: a Markdown code fence around it, text before or after it, and names
 * or labels in another case or with spaces around them. Every criterion of the rubric must have one
 * of its labels; a missing criterion, a label the rubric does not have, or no JSON object at all
 * gives an unparsed verdict with the raw output kept. It never throws.
 */
final class VerdictReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Output beyond this length is not searched. */
  static final int MAX_INPUT = 200_000;

  private VerdictReader() {}

  static Verdict read(Rubric rubric, String output) {
    if (output == null || output.isBlank()) {
      return Verdict.unparsed(output, "the judge's output is empty");
    }
    String text = output.length() > MAX_INPUT ? output.substring(0, MAX_INPUT) : output;
    Optional<JsonNode> object = firstObject(text);
    if (object.isEmpty()) {
      return Verdict.unparsed(output, "no JSON object in the judge's output");
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.get().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      fields.putIfAbsent(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue());
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (Criterion criterion : rubric.criteria()) {
      JsonNode value = fields.get(criterion.name());
      if (value == null || !value.isTextual()) {
        return Verdict.unparsed(output, "no " + criterion.name() + " label");
      }
      Optional<String> label = criterion.label(value.asText());
      if (label.isEmpty()) {
        return Verdict.unparsed(output, criterion.name() + " \"" + value.asText()
            + "\" is none of " + String.join(", ", criterion.labels()));
      }
      labels.put(criterion.name(), label.get());
    }
    JsonNode reason = fields.get("reason");
    return Verdict.of(labels, reason != null && reason.isTextual() ? reason.asText() : "");
  }

  /** The first JSON object that parses, from each opening brace in turn (a fence's is among them). */
  private static Optional<JsonNode> firstObject(String text) {
    int from = text.indexOf('{');
    for (int tries = 0; from >= 0 && tries < 50; tries++) {
      try (JsonParser parser = JSON.createParser(text.substring(from))) {
        JsonNode node = JSON.readTree(parser);
        if (node != null && node.isObject()) {
          return Optional.of(node);
        }
      } catch (java.io.IOException | RuntimeException e) {
        // not an object from here on: try the next brace
      }
      from = text.indexOf('{', from + 1);
    }
    return Optional.empty();
  }
}
