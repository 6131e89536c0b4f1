package io.github.qacatalog.eval.scorer.judge;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing a rubric grades, with its labels in order, best first: for example {@code accuracy}
 * with {@code Perfect, Minor Error, Major Error}.
 *
 * <p>A label's value is its place on a line from 1 (the best) to 0 (the worst), evenly spaced, so
 * {@code Perfect, Minor Error, Major Error} are worth 1, 0.5 and 0. The first {@link
 * #passingLabels()} labels pass; by default only the best one does, which is how a careful person
 * grades ("Minor Error" is an error). Labels are matched ignoring case and surrounding white space.
 *
 * @param name the criterion's name, lower case, as it appears in schemas, CSV columns and details
 * @param description what the criterion asks, in words the judge is given; may be empty
 * @param labels the labels, best first, at least two, distinct ignoring case
 * @param passingLabels how many of the first labels pass, from 1 to the number of labels
 * @param weight the criterion's weight in the rubric's score, positive
 */
public record Criterion(
    String name, String description, List<String> labels, int passingLabels, double weight) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** Checks the criterion. */
  public Criterion {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a criterion name is lower case letters, digits and _, starting with a letter: " + name);
    }
    description = description == null ? "" : description.strip();
    labels = List.copyOf(labels);
    if (labels.size() < 2) {
      throw new IllegalArgumentException("criterion " + name + " needs at least two labels");
    }
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i).strip();
      if (label.isEmpty()) {
        throw new IllegalArgumentException("criterion " + name + " has a blank label");
      }
      for (int j = 0; j < i; j++) {
        if (normalize(labels.get(j)).equals(normalize(label))) {
          throw new IllegalArgumentException(
              "criterion " + name + " has the label " + label + " twice");
        }
      }
    }
    labels = labels.stream().map(String::strip).toList();
    if (passingLabels < 1 || passingLabels > labels.size()) {
      throw new IllegalArgumentException(
          "criterion " + name + ": passingLabels must be between 1 and " + labels.size());
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("criterion " + name + ": weight must be positive");
    }
  }

  /** A criterion with these labels, best first; only the best passes; weight 1. */
  public static Criterion of(String name, String... labels) {
    return new Criterion(name, "", List.of(labels), 1, 1.0);
  }

  /** This criterion with a description for the judge. */
  public Criterion described(String description) {
    return new Criterion(name, description, labels, passingLabels, weight);
  }

  /** This criterion with every label from the best down to {@code label} passing. */
  public Criterion passingDownTo(String label) {
    int index = indexOf(label).orElseThrow(() -> unknown(label));
    return new Criterion(name, description, labels, index + 1, weight);
  }

  /** This criterion with another weight. */
  public Criterion weighted(double weight) {
    return new Criterion(name, description, labels, passingLabels, weight);
  }

  /**
   * The label that {@code text} names, ignoring case and surrounding white space, as the rubric
   * spells it; empty when it names none.
   */
  public Optional<String> label(String text) {
    return indexOf(text).stream().mapToObj(labels::get).findFirst();
  }

  /** The position of the label that {@code text} names (0 is the best); empty when none. */
  public java.util.OptionalInt indexOf(String text) {
    if (text == null) {
      return java.util.OptionalInt.empty();
    }
    String wanted = normalize(text);
    for (int i = 0; i < labels.size(); i++) {
      if (normalize(labels.get(i)).equals(wanted)) {
        return java.util.OptionalInt.of(i);
      }
    }
    return java.util.OptionalInt.empty();
  }

  /** The value of a label, from 1 (the best) to 0 (the worst). */
  public double value(String label) {
    int index = indexOf(label).orElseThrow(() -> unknown(label));
    return 1.0 - (double) index / (labels.size() - 1);
  }

  /** Whether a label is one of the passing ones. */
  public boolean passes(String label) {
    return indexOf(label).orElseThrow(() -> unknown(label)) < passingLabels;
  }

  private IllegalArgumentException unknown(String label) {
    return new IllegalArgumentException(
        "criterion " + name + " has no label " + label + "; its labels: " + String.join(", ", labels));
  }

  private static String normalize(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
