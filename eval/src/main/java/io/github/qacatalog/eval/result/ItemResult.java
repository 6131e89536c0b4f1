package io.github.qacatalog.eval.result;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.Outcome;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The result of one question asked of one model (in one wording, one variant, one sample of
 * several): the response, its scores, and whether it passed. Immutable. Texts are as every report shows them:
 * secrets masked, malformed text replaced.
 */
public final class ItemResult {
  /** The variant of a run that sets none. */
  public static final String DEFAULT_VARIANT = "default";

  private final QaItem item;
  private final String question;
  private final String goldAnswer;
  private final String category;
  private final String model;
  private final String variant;
  private final int sample;
  private final int attempts;
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
  private final PersonGrade personGrade;
  private final int wording;
  private final String asked;

  /**
   * A result. {@code question}, {@code goldAnswer} (null for none) and {@code category} are the
   * item's texts as reports show them; {@code attempts} counts the calls made for the response in
   * this run (0 for an answer from the log). It answers the question as written (wording 0); see
   * {@link #withWording}.
   */
  public ItemResult(QaItem item, String question, String goldAnswer, String category, String model,
      String variant, int sample, Expectation expectation, Outcome outcome, String response,
      String error, Map<String, Double> scores, Map<String, String> details, List<String> misses,
      long durationMillis, Integer inputTokens, Integer outputTokens, boolean fromLog, int attempts) {
    this(item, question, goldAnswer, category, model, variant, sample, expectation, outcome,
        response, error, scores, details, misses, durationMillis, inputTokens, outputTokens, fromLog,
        attempts, null, 0, question);
  }

  private ItemResult(QaItem item, String question, String goldAnswer, String category, String model,
      String variant, int sample, Expectation expectation, Outcome outcome, String response,
      String error, Map<String, Double> scores, Map<String, String> details, List<String> misses,
      long durationMillis, Integer inputTokens, Integer outputTokens, boolean fromLog, int attempts,
      PersonGrade personGrade, int wording, String asked) {
    this.item = Objects.requireNonNull(item);
    if (wording < 0) {
      throw new IllegalArgumentException("wordings count from 0 (the question as written): " + wording);
    }
    this.wording = wording;
    this.asked = Objects.requireNonNull(asked, "asked");
    this.question = Objects.requireNonNull(question);
    this.goldAnswer = goldAnswer;
    this.category = Objects.requireNonNull(category);
    this.model = Objects.requireNonNull(model);
    this.variant = Objects.requireNonNull(variant);
    if (sample < 1) {
      throw new IllegalArgumentException("samples count from 1: " + sample);
    }
    this.sample = sample;
    this.attempts = attempts;
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
    this.personGrade = personGrade;
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
    return category;
  }

  /** The question text. */
  public String question() {
    return question;
  }

  /**
   * Which wording of the question was asked: 0 for the question as written, n for its n-th
   * paraphrase ({@link QaItem#paraphrases()}, from 1). Every wording is scored against the same
   * gold answer.
   */
  public int wording() {
    return wording;
  }

  /** The text the model was sent: {@link #question()} for wording 0, else the paraphrase. */
  public String asked() {
    return asked;
  }

  /**
   * The question's id for wording 0, {@code <id>~p<n>} for paraphrase n: what tells answers to
   * different wordings of one question apart where only an id is kept (the comparison statistics,
   * an earlier run, junit.xml).
   */
  public String wordingId() {
    return wordingId(id(), wording);
  }

  /** {@link #wordingId()} of a question id and a wording. */
  public static String wordingId(String id, int wording) {
    return wording == 0 ? id : id + "~p" + wording;
  }

  /** The catalog's answer, empty when it gives none. */
  public Optional<String> goldAnswer() {
    return Optional.ofNullable(goldAnswer);
  }

  /** The name of the model asked. */
  public String model() {
    return model;
  }

  /** The variant of the run ({@value #DEFAULT_VARIANT} when the run sets none). */
  public String variant() {
    return variant;
  }

  /** Which answer of several to the same question this is, from 1. */
  public int sample() {
    return sample;
  }

  /** Calls made to the model for this response in this run, retries included; 0 from the log. */
  public int attempts() {
    return attempts;
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

  /** The person's grade of this response, when the run was given hand grades that grade it. */
  public Optional<PersonGrade> personGrade() {
    return Optional.ofNullable(personGrade);
  }

  /** This result with a person's grade kept beside it (scorers never see it). */
  public ItemResult withPersonGrade(PersonGrade grade) {
    return new ItemResult(item, question, goldAnswer, category, model, variant, sample, expectation,
        outcome, response, error, scores, details, misses, durationMillis, inputTokens,
        outputTokens, fromLog, attempts, Objects.requireNonNull(grade, "grade"), wording, asked);
  }

  /** This result graded again: another outcome and the thresholds it missed (a calibrated run). */
  public ItemResult withOutcome(Outcome outcome, List<String> misses) {
    return new ItemResult(item, question, goldAnswer, category, model, variant, sample, expectation,
        outcome, response, error, scores, details, misses, durationMillis, inputTokens,
        outputTokens, fromLog, attempts, personGrade, wording, asked);
  }

  /**
   * This result as the answer to one wording of its question: {@code wording} 0 is the question as
   * written, n its n-th paraphrase ({@link QaItem#paraphrases()}); {@code asked} is the text the
   * model was sent.
   */
  public ItemResult withWording(int wording, String asked) {
    return new ItemResult(item, question, goldAnswer, category, model, variant, sample, expectation,
        outcome, response, error, scores, details, misses, durationMillis, inputTokens,
        outputTokens, fromLog, attempts, personGrade, wording, asked);
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
    if (!variant.equals(DEFAULT_VARIANT) || sample > 1) {
      text.append(" (").append(variant).append(", sample ").append(sample).append(')');
    }
    text.append("\n  question: ").append(oneLine(question()));
    if (wording > 0) {
      text.append("\n  asked as paraphrase ").append(wording).append(": ").append(oneLine(asked));
    }
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
    if (personGrade != null) {
      text.append("\n  person:");
      personGrade.labels().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
      personGrade.passed().ifPresent(p -> text.append(p ? " (passed)" : " (failed)"));
      if (!personGrade.note().isEmpty()) {
        text.append("; ").append(oneLine(personGrade.note()));
      }
    }
    if (error != null) {
      text.append("\n  error: ").append(error);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "ItemResult[" + wordingId() + " " + outcome + " " + scores + "]";
  }

  /**
   * This result with its texts passed through {@code text} (masking, replacing malformed text): the
   * step every result takes once before any report sees it.
   */
  public ItemResult withTexts(java.util.function.UnaryOperator<String> text) {
    Map<String, String> cleanDetails = new LinkedHashMap<>();
    details.forEach((k, v) -> cleanDetails.put(k, text.apply(v)));
    return new ItemResult(item, text.apply(question), goldAnswer == null ? null : text.apply(goldAnswer),
        text.apply(category), text.apply(model), text.apply(variant), sample, expectation, outcome,
        response == null ? null : text.apply(response), error == null ? null : text.apply(error),
        scores, cleanDetails, misses, durationMillis, inputTokens, outputTokens, fromLog, attempts,
        personGrade == null ? null : new PersonGrade(personGrade.labels(), personGrade.passed(),
            text.apply(personGrade.note())), wording, text.apply(asked));
  }

  /** A score or mean with three decimals, as tables and messages print it. */
  public static String format(double value) {
    return String.format(java.util.Locale.ROOT, "%.3f", value);
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
