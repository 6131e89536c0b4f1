package io.github.qacatalog.eval.compare;

/**
 * A question whose outcome differs between an earlier run and this one.
 *
 * @param variant the variant
 * @param questionId the question
 * @param category its category
 * @param question its text, when known
 * @param before the share of its samples that passed before
 * @param now the share that pass now
 */
public record QuestionChange(
    String variant, String questionId, String category, String question, double before, double now) {}
