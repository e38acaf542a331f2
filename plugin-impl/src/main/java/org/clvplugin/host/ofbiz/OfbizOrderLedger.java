package org.clvplugin.host.ofbiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.LedgerReport;
import org.clvplugin.api.host.OrderLedger;

/**
 * Counted sales orders from OFBiz's tables, streamed with plain JDBC: one query, ordered by contact, read through
 * a server-side cursor (a fetch size with auto-commit off), so memory does not grow with the number of orders.
 *
 * <p>An order's value is its merchandise: the sum over its items of (QUANTITY - CANCEL_QUANTITY) x UNIT_PRICE,
 * items in status ITEM_CANCELLED left out; tax and shipping are not part of it (docs/ofbiz.md says why). Items
 * returned on a return in a counted return status are subtracted from the order they came from. The value is
 * converted to the reporting currency at the rate valid at the order date. A free order (no value to begin with)
 * is a purchase; an order whose every item was cancelled, or whose value was all returned, is not.
 */
public final class OfbizOrderLedger implements OrderLedger {

    private static final int FETCH_SIZE = 10_000;

    private final DataSource dataSource;
    private final java.time.ZoneId zone;

    /** @param zone the zone in which an order's timestamp becomes its day (the host server's zone) */
    public OfbizOrderLedger(DataSource dataSource, java.time.ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    @Override
    public LedgerReport streamCountedOrders(CountingRules rules, CountedOrderSink sink) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                return stream(c, rules, sink);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the host's orders failed: " + e.getMessage(), e);
        }
    }

    /**
     * One row per (customer party, order): the order's merchandise, its value before cancellations, and what was
     * returned from it, by correlated sub-queries on the order's own rows (index look-ups on ORDER_ITEM's key and
     * RETURN_ITEM's ORDER_ID), so the plan does not depend on table statistics. A party holding several customer
     * roles on one order yields adjacent duplicate rows, which the reader drops.
     */
    static String query(CountingRules rules) {
        return "SELECT r.PARTY_ID, h.ORDER_ID, h.ORDER_DATE, h.STATUS_ID, h.CURRENCY_UOM,"
                + " (SELECT SUM(CASE WHEN i.STATUS_ID = 'ITEM_CANCELLED' THEN 0"
                + " ELSE (i.QUANTITY - COALESCE(i.CANCEL_QUANTITY, 0)) * i.UNIT_PRICE END)"
                + " FROM ORDER_ITEM i WHERE i.ORDER_ID = h.ORDER_ID) AS MERCHANDISE,"
                + " (SELECT SUM(ri.RETURN_QUANTITY * ri.RETURN_PRICE) FROM RETURN_ITEM ri"
                + " JOIN RETURN_HEADER rh ON rh.RETURN_ID = ri.RETURN_ID WHERE ri.ORDER_ID = h.ORDER_ID"
                + " AND rh.STATUS_ID IN (" + marks(Math.max(1, rules.returnStatuses().size())) + ")) AS RETURNED,"
                + " (SELECT SUM(i.QUANTITY * i.UNIT_PRICE) FROM ORDER_ITEM i WHERE i.ORDER_ID = h.ORDER_ID) AS GROSS"
                + " FROM ORDER_HEADER h JOIN ORDER_ROLE r ON r.ORDER_ID = h.ORDER_ID"
                + " WHERE h.ORDER_TYPE_ID = ? AND r.ROLE_TYPE_ID IN (" + marks(rules.customerRoles().size()) + ")"
                + " ORDER BY r.PARTY_ID, h.ORDER_DATE, h.ORDER_ID";
    }

    private LedgerReport stream(Connection c, CountingRules rules, CountedOrderSink sink) throws SQLException {
        CurrencyRates rates = CurrencyRates.load(c, rules.reportingCurrency());
        Timestamp endOfAsOf = Timestamp.from(rules.asOf().plusDays(1).atStartOfDay(zone).toInstant());
        TreeMap<String, Long> skipped = new TreeMap<>();
        long read = 0;
        long counted = 0;
        long contacts = 0;
        String lastCounted = null;
        try (PreparedStatement s = c.prepareStatement(query(rules))) {
            int p = 1;
            List<String> returns = rules.returnStatuses().isEmpty()
                    ? Collections.singletonList("") : rules.returnStatuses();
            for (String status : returns) {
                s.setString(p++, status);
            }
            s.setString(p++, rules.orderType());
            for (String role : rules.customerRoles()) {
                s.setString(p++, role);
            }
            s.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = s.executeQuery()) {
                String previousContact = null;
                String previousOrder = null;
                while (rs.next()) {
                    String contact = rs.getString(1);
                    String orderId = rs.getString(2);
                    if (orderId.equals(previousOrder) && contact.equals(previousContact)) {
                        continue;
                    }
                    previousContact = contact;
                    previousOrder = orderId;
                    read++;
                    Timestamp date = rs.getTimestamp(3);
                    String reason = skipReason(rules, rates, endOfAsOf, rs.getString(4), rs.getString(5), date,
                            rs.getDouble(6), rs.getDouble(7), rs.getDouble(8));
                    if (reason != null) {
                        skipped.merge(reason, 1L, Long::sum);
                        continue;
                    }
                    double value = (rs.getDouble(6) - rs.getDouble(7))
                            * rates.factor(rs.getString(5), date).getAsDouble();
                    if (!contact.equals(lastCounted)) {
                        contacts++;
                        lastCounted = contact;
                    }
                    counted++;
                    sink.accept(contact, orderId, LocalDate.ofInstant(date.toInstant(), zone), value);
                }
            }
        }
        return new LedgerReport(read, counted, skipped, contacts);
    }

    /** Why an order does not count, or null when it does. Reasons are grouped, so they carry no order id. */
    private static String skipReason(CountingRules rules, CurrencyRates rates, Timestamp endOfAsOf, String status,
                                     String currency, Timestamp date, double merchandise, double returned,
                                     double gross) {
        if (!rules.statuses().contains(status)) {
            return "status " + status;
        }
        if (date == null || !date.before(endOfAsOf)) {
            return date == null ? "no order date" : "after the as-of date";
        }
        OptionalDouble rate = rates.factor(currency, date);
        if (rate.isEmpty()) {
            return "no " + currency + "->" + rules.reportingCurrency() + " rate at the order date";
        }
        // A free order is still a purchase; one whose value was all cancelled or returned is not.
        if (gross > 0 && merchandise <= 0) {
            return "all items cancelled";
        }
        if (merchandise > 0 && merchandise - returned <= 0) {
            return "fully returned";
        }
        return null;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
