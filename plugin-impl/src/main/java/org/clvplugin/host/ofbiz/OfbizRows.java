package org.clvplugin.host.ofbiz;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes OFBiz rows (parties, orders, returns, rates) in JDBC batches, as OFBiz itself would store them. For the
 * standalone host's demo data and for tests only: inside OFBiz the plugin never writes these tables.
 * Call {@link #flush()} (or close) to send what is batched; the caller owns the transaction.
 */
public final class OfbizRows implements AutoCloseable {

    private static final int BATCH = 5_000;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, Integer> pending = new LinkedHashMap<>();

    public OfbizRows(Connection connection) {
        this.connection = connection;
    }

    public void person(String partyId, String firstName, String lastName, String... roles) throws SQLException {
        party(partyId, "PERSON");
        insert("PERSON", "PARTY_ID, FIRST_NAME, LAST_NAME", partyId, firstName, lastName);
        roles(partyId, roles);
    }

    public void partyGroup(String partyId, String groupName, String... roles) throws SQLException {
        party(partyId, "PARTY_GROUP");
        insert("PARTY_GROUP", "PARTY_ID, GROUP_NAME", partyId, groupName);
        roles(partyId, roles);
    }

    /** The OFBiz SFA "owned by" relationship: the owner at the OWNER end, the contact at the other. */
    public void owner(String ownerPartyId, String contactPartyId, String contactRole, Timestamp from)
            throws SQLException {
        insert("PARTY_RELATIONSHIP", "PARTY_ID_FROM, PARTY_ID_TO, ROLE_TYPE_ID_FROM, ROLE_TYPE_ID_TO, FROM_DATE, "
                + "PARTY_RELATIONSHIP_TYPE_ID", ownerPartyId, contactPartyId, "OWNER", contactRole, from, "ACCOUNT");
    }

    public void order(String orderId, Timestamp orderDate, String statusId, String currency) throws SQLException {
        insert("ORDER_HEADER", "ORDER_ID, ORDER_TYPE_ID, ORDER_DATE, ENTRY_DATE, STATUS_ID, CURRENCY_UOM",
                orderId, "SALES_ORDER", orderDate, orderDate, statusId, currency);
    }

    public void orderRole(String orderId, String partyId, String roleTypeId) throws SQLException {
        insert("ORDER_ROLE", "ORDER_ID, PARTY_ID, ROLE_TYPE_ID", orderId, partyId, roleTypeId);
    }

    public void item(String orderId, String seqId, BigDecimal quantity, BigDecimal cancelQuantity,
                     BigDecimal unitPrice, String statusId) throws SQLException {
        insert("ORDER_ITEM", "ORDER_ID, ORDER_ITEM_SEQ_ID, ORDER_ITEM_TYPE_ID, QUANTITY, CANCEL_QUANTITY, "
                + "UNIT_PRICE, STATUS_ID", orderId, seqId, "PRODUCT_ORDER_ITEM", quantity, cancelQuantity, unitPrice,
                statusId);
    }

    public void returnHeader(String returnId, String fromPartyId, String statusId, Timestamp entryDate)
            throws SQLException {
        insert("RETURN_HEADER", "RETURN_ID, RETURN_HEADER_TYPE_ID, STATUS_ID, FROM_PARTY_ID, ENTRY_DATE", returnId,
                "CUSTOMER_RETURN", statusId, fromPartyId, entryDate);
    }

    public void returnItem(String returnId, String seqId, String orderId, String orderItemSeqId,
                           BigDecimal quantity, BigDecimal price) throws SQLException {
        insert("RETURN_ITEM", "RETURN_ID, RETURN_ITEM_SEQ_ID, ORDER_ID, ORDER_ITEM_SEQ_ID, RETURN_QUANTITY, "
                + "RETURN_PRICE", returnId, seqId, orderId, orderItemSeqId, quantity, price);
    }

    public void rate(String fromCurrency, String toCurrency, Timestamp from, Timestamp thru, double factor)
            throws SQLException {
        insert("UOM_CONVERSION_DATED", "UOM_ID, UOM_ID_TO, FROM_DATE, THRU_DATE, CONVERSION_FACTOR", fromCurrency,
                toCurrency, from, thru, factor);
    }

    private void party(String partyId, String type) throws SQLException {
        insert("PARTY", "PARTY_ID, PARTY_TYPE_ID, STATUS_ID", partyId, type, "PARTY_ENABLED");
    }

    private void roles(String partyId, String... roles) throws SQLException {
        for (String role : roles) {
            insert("PARTY_ROLE", "PARTY_ID, ROLE_TYPE_ID", partyId, role);
        }
    }

    private void insert(String table, String columns, Object... values) throws SQLException {
        String key = table + "(" + columns + ")";
        PreparedStatement s = statements.get(key);
        if (s == null) {
            s = connection.prepareStatement("INSERT INTO " + key + " VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(values.length, "?")) + ")");
            statements.put(key, s);
        }
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
        s.addBatch();
        if (pending.merge(key, 1, Integer::sum) >= BATCH) {
            s.executeBatch();
            pending.put(key, 0);
        }
    }

    /** Sends every batched row, tables in the order they were first written. */
    public void flush() throws SQLException {
        for (Map.Entry<String, PreparedStatement> e : statements.entrySet()) {
            if (pending.getOrDefault(e.getKey(), 0) > 0) {
                e.getValue().executeBatch();
                pending.put(e.getKey(), 0);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
        }
    }
}
