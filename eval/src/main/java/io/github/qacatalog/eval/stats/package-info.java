/**
 * Statistics on plain numbers, independent of how an evaluation ran: intervals for a proportion and
 * a mean, McNemar's exact test, Cohen's kappa, ROC AUC and thresholds. Every result can say in words
 * when the data is too little to tell (see {@code caveat()}).
 */
package io.github.qacatalog.eval.stats;
