package org.clvplugin.model;

import java.time.LocalDate;
import java.util.Arrays;

import org.clvplugin.api.PeriodUnit;

/** Turns customer histories into calibration summaries and holdout figures, one customer at a time. */
final class SummaryCollector {

    private final long endDay;
    private final PeriodUnit unit;
    private final SummaryTable.Builder table = SummaryTable.builder();
    private double[] holdoutPurchases = new double[16];
    private double[] holdoutValue = new double[16];
    private int acquiredLater;

    SummaryCollector(LocalDate calibrationEnd, PeriodUnit unit) {
        this.endDay = calibrationEnd.toEpochDay();
        this.unit = unit;
    }

    void add(String id, CustomerHistory history) {
        if (!history.boughtBy(endDay)) {
            acquiredLater++;
            return;
        }
        int row = table.size();
        double[] holdout = history.summarize(id, endDay, unit, table);
        if (row == holdoutPurchases.length) {
            holdoutPurchases = Arrays.copyOf(holdoutPurchases, row * 2);
            holdoutValue = Arrays.copyOf(holdoutValue, row * 2);
        }
        holdoutPurchases[row] = holdout[0];
        holdoutValue[row] = holdout[1];
    }

    CalibrationHoldout result() {
        int n = table.size();
        return new CalibrationHoldout(table.build(), Arrays.copyOf(holdoutPurchases, n),
                Arrays.copyOf(holdoutValue, n), acquiredLater);
    }
}
