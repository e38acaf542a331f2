package org.clvplugin.model;

import java.util.Map;
import java.util.TreeMap;

/** One customer's purchases collapsed per day: for each day, the summed value and the number of orders. */
final class CustomerHistory {

    private final TreeMap<Long, double[]> days = new TreeMap<>();

    void add(long epochDay, double value) {
        double[] day = days.computeIfAbsent(epochDay, d -> new double[2]);
        day[0] += value;
        day[1]++;
    }

    boolean boughtBy(long endDay) {
        return !days.isEmpty() && days.firstKey() <= endDay;
    }

    /**
     * Adds the customer's calibration summary up to {@code endDay} (inclusive) to the builder and returns the
     * holdout (purchase days, value) after it. The customer must have bought by then.
     */
    double[] summarize(String id, long endDay, org.clvplugin.api.PeriodUnit unit, SummaryTable.Builder into) {
        Map<Long, double[]> calibration = days.headMap(endDay, true);
        long first = days.firstKey();
        long last = days.floorKey(endDay);
        int x = calibration.size() - 1;
        double total = 0;
        int orders = 0;
        for (double[] day : calibration.values()) {
            total += day[0];
            orders += (int) day[1];
        }
        double zbar = x == 0 ? 0 : (total - days.get(first)[0]) / x;
        into.add(id, x, unit.fromDays(last - first), unit.fromDays(endDay - first), zbar, total, orders);
        double holdoutValue = 0;
        Map<Long, double[]> holdout = days.tailMap(endDay, false);
        for (double[] day : holdout.values()) {
            holdoutValue += day[0];
        }
        return new double[] {holdout.size(), holdoutValue};
    }
}
