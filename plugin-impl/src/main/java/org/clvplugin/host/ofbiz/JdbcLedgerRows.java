package org.clvplugin.host.ofbiz;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/** The ledger rows through a server-side cursor (a fetch size with auto-commit off): any database. */
final class JdbcLedgerRows implements LedgerRows {

    private static final int FETCH_SIZE = 10_000;

    private final PreparedStatement statement;
    private final ResultSet rs;

    JdbcLedgerRows(PreparedStatement statement) throws SQLException {
        this.statement = statement;
        statement.setFetchSize(FETCH_SIZE);
        this.rs = statement.executeQuery();
    }

    @Override
    public boolean next() throws SQLException {
        return rs.next();
    }

    @Override
    public String party() throws SQLException {
        return rs.getString(1);
    }

    @Override
    public String orderId() throws SQLException {
        return rs.getString(2);
    }

    @Override
    public String role() throws SQLException {
        return rs.getString(3);
    }

    @Override
    public Timestamp orderDate() throws SQLException {
        return rs.getTimestamp(4);
    }

    @Override
    public String status() throws SQLException {
        return rs.getString(5);
    }

    @Override
    public String currency() throws SQLException {
        return rs.getString(6);
    }

    @Override
    public boolean hasItem() throws SQLException {
        rs.getDouble(8);
        return !rs.wasNull();
    }

    @Override
    public String itemStatus() throws SQLException {
        return rs.getString(7);
    }

    @Override
    public double quantity() throws SQLException {
        return rs.getDouble(8);
    }

    @Override
    public double cancelQuantity() throws SQLException {
        return rs.getDouble(9);
    }

    @Override
    public double unitPrice() throws SQLException {
        return rs.getDouble(10);
    }

    @Override
    public void close() throws SQLException {
        try (statement) {
            rs.close();
        }
    }
}
