package io.github.qacatalog.eval;

import io.github.qacatalog.QaItem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The result of one question: the response, its scores, and whether it passed. Immutable. */
public final class ItemResult {
  private final QaItem item;
  private final String model;
  private final Expectation expectation;
  private final Outcome outcome;
  private final String response;
  private final String error;
  private final Map<String, Double> scores;
  private final Map<String, String> details;
  private final List<String> misses;
  private final long durationMillis;
  private final Integer inputTokens;
  private final Integer outputTokens;
  private final boolean fromLog;

  ItemResult(QaItem item, String model, Expectation expectation, Outcome outcome, String response,
      String error, Map<String, Double> scores, Map<String, String> details, List<String> misses,
      long durationMillis, Integer inputTokens, Integer outputTokens, boolean fromLog) {
    this.item = Objects.requireNonNull(item);
    this.model = Objects.requireNonNull(model);
    this.expectation = Objects.requireNonNull(expectation);
    this.outcome = Objects.requireNonNull(outcome);
    this.response = response;
    this.error = error;
    this.scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    this.misses = List.copyOf(misses);
    this.durationMillis = durationMillis;
    this.inputTokens = inputTokens;
    this.outputTokens = outputTokens;
    this.fromLog = fromLog;
  }

  /** The question. */
  public QaItem item() {
    return item;
  }

  /** The question's id. */
  public String id() {
    return item.id();
  }

  /** The title of the question's category. */
  public String category() {
    return item.category().title();
  }

  /** The question text. */
  public String question() {
    return item.question();
  }

  /** The catalog's answer, empty when it gives none. */
  public Optional<String> goldAnswer() {
    return item.answer();
  }

  /** The name of the model asked. */
  public String model() {
    return model;
  }

  /** What the question's category expects. */
  public Expectation expectation() {
    return expectation;
  }

  /** How the question ended. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the response passed; {@code false} for every other outcome. */
  public boolean passed() {
    return outcome == Outcome.PASSED;
  }

  /** The response; empty when the call failed. */
  public Optional<String> response() {
    return Optional.ofNullable(response);
  }

  /** Why the call failed ({@code SimpleName: message}, secrets masked); empty when it did not. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** Every score, by name, in scorer order. */
  public Map<String, Double> scores() {
    return scores;
  }

  /** One score; empty when no scorer gave it. */
  public OptionalDouble score(String name) {
    Double value = scores.get(name);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Texts the scorers gave, such as {@code judge_reason}, and {@code <scorer>_error} when one failed. */
  public Map<String, String> details() {
    return details;
  }

  /** The thresholds the response missed, as {@code "similarity 0.41 < 0.70"}; empty when it passed. */
  public List<String> misses() {
    return misses;
  }

  /** How long the model took, retries included; for an answer from the log, as logged. */
  public long durationMillis() {
    return durationMillis;
  }

  /** Prompt tokens, when the provider reported them. */
  public OptionalInt inputTokens() {
    return inputTokens == null ? OptionalInt.empty() : OptionalInt.of(inputTokens);
  }

  /** Completion tokens, when the provider reported them. */
  public OptionalInt outputTokens() {
    return outputTokens == null ? OptionalInt.empty() : OptionalInt.of(outputTokens);
  }

  /** Whether the response came from the run log rather than from the model. */
  public boolean fromLog() {
    return fromLog;
  }

  /**
   * Throws an {@link AssertionError} that tells the whole story (question, response, gold answer,
   * scores, missed thresholds, error) unless the response passed. A question without a gold answer
   * fails it too; see {@link #assertNotFailed()}.
   */
  public ItemResult assertPassed() {
    if (!passed()) {
      throw new AssertionError(describe());
    }
    return this;
  }

  /** As {@link #assertPassed()}, but a question without a gold answer passes. */
  public ItemResult assertNotFailed() {
    if (outcome == Outcome.FAILED || outcome == Outcome.ERROR) {
      throw new AssertionError(describe());
    }
    return this;
  }

  /** Several lines for a person: id, outcome, question, response, gold answer, scores, misses, error. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(id()).append(" (").append(category()).append(", ").append(expectation)
        .append(") ").append(outcome).append(" with ").append(model);
    text.append("\n  question: ").append(oneLine(question()));
    text.append("\n  response: ").append(response == null ? "(none)" : oneLine(response));
    if (expectation == Expectation.ANSWER) {
      text.append("\n  gold answer: ").append(goldAnswer().map(ItemResult::oneLine).orElse("(none)"));
    }
    if (!scores.isEmpty()) {
      text.append("\n  scores:");
      scores.forEach((k, v) -> text.append(' ').append(k).append('=').append(format(v)));
    }
    if (!misses.isEmpty()) {
      text.append("\n  missed: ").append(String.join("; ", misses));
    }
    details.forEach((k, v) -> text.append("\n  ").append(k).append(": ").append(oneLine(v)));
    if (error != null) {
      text.append("\n  error: ").append(error);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "ItemResult[" + id() + " " + outcome + " " + scores + "]";
  }

  static String format(double value) {
    return String.format(java.util.Locale.ROOT, "%.3f", value);
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
