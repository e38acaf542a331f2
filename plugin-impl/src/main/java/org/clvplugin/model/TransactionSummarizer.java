package org.clvplugin.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clvplugin.api.PeriodUnit;

/**
 * Turns transactions, in any order, into per-customer summaries in the Fader-Hardie convention: all purchases of
 * one customer on one day count as one purchase with their values summed; x = purchase days - 1; t_x = first to
 * last purchase day; T = first purchase day to the calibration end (inclusive day); zbar = mean of the repeat
 * days' values. Days after the calibration end form the holdout; customers whose first purchase falls in the
 * holdout are not yet customers at the calibration end and are counted apart. Holds every transaction until
 * {@link #summarize()}; for input grouped by customer, {@link StreamingSummarizer} holds one customer at a time.
 */
public final class TransactionSummarizer implements TransactionSink {

    private final LocalDate calibrationEnd;
    private final PeriodUnit unit;
    private final Map<String, CustomerHistory> customers = new LinkedHashMap<>();

    public TransactionSummarizer(LocalDate calibrationEnd, PeriodUnit unit) {
        this.calibrationEnd = calibrationEnd;
        this.unit = unit;
    }

    /** One order; the value must be finite (negative values, such as returns, reduce the day's total). */
    @Override
    public void add(String customerId, LocalDate date, double value) {
        StreamingSummarizer.requireFinite(customerId, date, value);
        customers.computeIfAbsent(customerId, id -> new CustomerHistory()).add(date.toEpochDay(), value);
    }

    /** The summaries with holdout figures, customers in order of first appearance. */
    public CalibrationHoldout summarize() {
        SummaryCollector collector = new SummaryCollector(calibrationEnd, unit);
        customers.forEach(collector::add);
        return collector.result();
    }
}
