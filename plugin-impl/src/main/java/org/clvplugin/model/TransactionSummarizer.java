package org.clvplugin.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.clvplugin.api.PeriodUnit;

/**
 * Turns transactions into per-customer summaries in the Fader-Hardie convention: all purchases of one customer on
 * one day count as one purchase with their values summed; x = purchase days - 1; t_x = first to last purchase
 * day; T = first purchase day to the calibration end (inclusive day); zbar = mean of the repeat days' values.
 * Days after the calibration end form the holdout; customers whose first purchase falls in the holdout are not
 * yet customers at the calibration end and are counted apart.
 */
public final class TransactionSummarizer {

    private final LocalDate calibrationEnd;
    private final PeriodUnit unit;
    private final Map<String, Customer> customers = new LinkedHashMap<>();

    public TransactionSummarizer(LocalDate calibrationEnd, PeriodUnit unit) {
        this.calibrationEnd = calibrationEnd;
        this.unit = unit;
    }

    /** One order; the value must be finite (negative values, such as returns, reduce the day's total). */
    public void add(String customerId, LocalDate date, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidSummaryException("customer " + customerId + " on " + date
                    + ": order value must be a finite number, was " + value);
        }
        customers.computeIfAbsent(customerId, id -> new Customer()).add(date.toEpochDay(), value);
    }

    /** The summaries with holdout figures. */
    public CalibrationHoldout summarize() {
        long end = calibrationEnd.toEpochDay();
        SummaryTable.Builder table = SummaryTable.builder();
        int n = 0;
        double[] holdoutPurchases = new double[customers.size()];
        double[] holdoutValue = new double[customers.size()];
        int acquiredLater = 0;
        for (Map.Entry<String, Customer> entry : customers.entrySet()) {
            Customer c = entry.getValue();
            Map<Long, Double> calibration = c.days.headMap(end, true);
            if (calibration.isEmpty()) {
                acquiredLater++;
                continue;
            }
            long first = c.days.firstKey();
            long last = c.days.floorKey(end);
            int x = calibration.size() - 1;
            double total = 0;
            for (double v : calibration.values()) {
                total += v;
            }
            double zbar = x == 0 ? 0 : (total - calibration.get(first)) / x;
            table.add(entry.getKey(), x, unit.fromDays(last - first), unit.fromDays(end - first), zbar, total,
                    c.orders(end));
            Map<Long, Double> holdout = c.days.tailMap(end, false);
            holdoutPurchases[n] = holdout.size();
            for (double v : holdout.values()) {
                holdoutValue[n] += v;
            }
            n++;
        }
        return new CalibrationHoldout(table.build(), java.util.Arrays.copyOf(holdoutPurchases, n),
                java.util.Arrays.copyOf(holdoutValue, n), acquiredLater);
    }

    private static final class Customer {
        final TreeMap<Long, Double> days = new TreeMap<>();
        final TreeMap<Long, Integer> ordersPerDay = new TreeMap<>();

        void add(long day, double value) {
            days.merge(day, value, Double::sum);
            ordersPerDay.merge(day, 1, Integer::sum);
        }

        int orders(long end) {
            return ordersPerDay.headMap(end, true).values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Calibration summaries and, aligned with their rows, the holdout purchase days and value.
     *
     * @param acquiredInHoldout customers whose first purchase is after the calibration end (not in the table)
     */
    public record CalibrationHoldout(SummaryTable calibration, double[] holdoutPurchases, double[] holdoutValue,
                                     int acquiredInHoldout) {
    }
}
