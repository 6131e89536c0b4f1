/**
 * How well each numeric score separates what a person passed from what they failed: ROC AUC, the
 * threshold that agrees best with the person, what the configured threshold gets, and a small
 * thresholds file that a later run can load.
 */
package io.github.qacatalog.eval.calibration;
