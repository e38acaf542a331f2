package org.clvplugin.host.ofbiz;

import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The rows of the ledger query, one per (customer party, order, role, item), ordered by party and order: read
 * through a JDBC cursor, or on PostgreSQL streamed by COPY.
 */
interface LedgerRows extends AutoCloseable {

    boolean next() throws SQLException;

    String party() throws SQLException;

    String orderId() throws SQLException;

    String role() throws SQLException;

    Timestamp orderDate() throws SQLException;

    String status() throws SQLException;

    String currency() throws SQLException;

    /** False for the one row of an order without items. */
    boolean hasItem() throws SQLException;

    String itemStatus() throws SQLException;

    double quantity() throws SQLException;

    /** 0 when not set. */
    double cancelQuantity() throws SQLException;

    double unitPrice() throws SQLException;

    @Override
    void close() throws SQLException;
}
