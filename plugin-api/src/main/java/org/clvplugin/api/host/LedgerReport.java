package org.clvplugin.api.host;

import java.util.Map;

/**
 * What one pass over the host's orders read: orders considered, orders counted, orders skipped by reason (for
 * example "status ORDER_CANCELLED", "no EUR->USD rate on 2024-03-01", "after the as-of date", "fully returned"),
 * and the contacts that have at least one counted order.
 */
public record LedgerReport(long ordersRead, long ordersCounted, Map<String, Long> skipped, long contactsWithOrders) {

    public LedgerReport {
        skipped = Map.copyOf(skipped);
    }

    public long ordersSkipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
