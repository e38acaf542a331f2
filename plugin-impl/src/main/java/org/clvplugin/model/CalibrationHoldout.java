package org.clvplugin.model;

/**
 * Calibration summaries and, aligned with their rows, the holdout purchase days and value.
 *
 * @param acquiredInHoldout customers whose first purchase is after the calibration end (not in the table)
 */
public record CalibrationHoldout(SummaryTable calibration, double[] holdoutPurchases, double[] holdoutValue,
                                 int acquiredInHoldout) {

    /**
     * At most {@code atMost} customers: every k-th row in order (k = the smallest stride that fits), a
     * deterministic sample that keeps the mix of the whole; this one when it is small enough.
     */
    public CalibrationHoldout sample(int atMost) {
        int n = calibration.size();
        if (n <= atMost) {
            return this;
        }
        int stride = (n + atMost - 1) / atMost;
        int m = (n + stride - 1) / stride;
        SummaryTable.Builder rows = SummaryTable.builder();
        double[] purchases = new double[m];
        double[] value = new double[m];
        for (int i = 0, j = 0; i < n; i += stride, j++) {
            rows.add(calibration.id(i), calibration.frequency(i), calibration.recency(i), calibration.age(i),
                    calibration.monetaryValue(i), calibration.historicalValue(i), calibration.orders(i));
            purchases[j] = holdoutPurchases[i];
            value[j] = holdoutValue[i];
        }
        return new CalibrationHoldout(rows.build(), purchases, value, acquiredInHoldout);
    }
}
