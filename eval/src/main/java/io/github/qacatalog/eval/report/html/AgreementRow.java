package io.github.qacatalog.eval.report.html;

/**
 * How well the judge agrees with a person on one criterion.
 *
 * @param criterion the criterion's name
 * @param pairs responses graded by both
 * @param agreement the share of pairs with the same label, from 0 to 1
 * @param kappa Cohen's kappa; null when it is undefined (for example, one label only)
 * @param low the lower end of kappa's interval; null when there is none
 * @param high the upper end of kappa's interval; null when there is none
 */
public record AgreementRow(
    String criterion, int pairs, double agreement, Double kappa, Double low, Double high) {}
