package org.clvplugin.model;

/**
 * Calibration summaries and, aligned with their rows, the holdout purchase days and value.
 *
 * @param acquiredInHoldout customers whose first purchase is after the calibration end (not in the table)
 */
public record CalibrationHoldout(SummaryTable calibration, double[] holdoutPurchases, double[] holdoutValue,
                                 int acquiredInHoldout) {
}
