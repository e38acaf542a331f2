package org.clvplugin.model;

import java.time.LocalDate;

/** Receives transactions (customer, day, value), as a file reader or the host's order ledger produces them. */
@FunctionalInterface
public interface TransactionSink {

    void add(String customerId, LocalDate date, double value);
}
