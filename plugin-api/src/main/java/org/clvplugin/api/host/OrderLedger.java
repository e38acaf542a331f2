package org.clvplugin.api.host;

/**
 * The host's sales orders, as the plugin counts them. Implementations stream: orders arrive grouped by contact
 * (all of one contact's orders together), and nothing requires holding all orders in memory.
 */
public interface OrderLedger {

    /** Receives one counted order: its contact, id, day and value (reporting currency, net of returns). */
    @FunctionalInterface
    interface CountedOrderSink {
        void accept(String contactId, String orderId, java.time.LocalDate orderDay, double value);
    }

    /** Streams every counted order, grouped by contact, and reports what was read and skipped. */
    LedgerReport streamCountedOrders(CountingRules rules, CountedOrderSink sink);

    /** The day of the earliest order of the counted type and statuses, if there is one (sizes the backtest). */
    java.util.Optional<java.time.LocalDate> firstOrderDay(CountingRules rules);
}
