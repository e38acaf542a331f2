package org.clvplugin.model;

import java.time.LocalDate;

import org.clvplugin.api.PeriodUnit;

/**
 * The summaries of {@link TransactionSummarizer} for orders that arrive grouped by customer (as the host's order
 * ledger streams them): only the current customer's days are held, so memory does not grow with the number of
 * orders. A customer seen again after another one is an error, not a silent double.
 */
public final class StreamingSummarizer implements TransactionSink {

    private final SummaryCollector collector;
    private final java.util.Set<String> finished = new java.util.HashSet<>();
    private String current;
    private CustomerHistory history;

    public StreamingSummarizer(LocalDate calibrationEnd, PeriodUnit unit) {
        this.collector = new SummaryCollector(calibrationEnd, unit);
    }

    @Override
    public void add(String customerId, LocalDate date, double value) {
        requireFinite(customerId, date, value);
        if (!customerId.equals(current)) {
            flush();
            if (!finished.add(customerId)) {
                throw new IllegalStateException("orders of customer " + customerId
                        + " arrived in two separate groups; the stream must be ordered by customer");
            }
            current = customerId;
            history = new CustomerHistory();
        }
        history.add(date.toEpochDay(), value);
    }

    public CalibrationHoldout finish() {
        flush();
        return collector.result();
    }

    private void flush() {
        if (current != null) {
            collector.add(current, history);
            current = null;
        }
    }

    static void requireFinite(String customerId, LocalDate date, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidSummaryException("customer " + customerId + " on " + date
                    + ": order value must be a finite number, was " + value);
        }
    }
}
