package org.clvplugin.host.ofbiz;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Utils;

/**
 * The ledger rows on PostgreSQL, streamed by {@code COPY (query) TO STDOUT}: the server produces rows without
 * waiting for the client to ask for the next batch, as it does behind a cursor, so reading and summarizing overlap
 * (docs/benchmarks.md has the figures). The query gives the order date as milliseconds since the epoch; COPY's
 * text format is parsed here: tab-separated, {@code \N} for null, backslash escapes in text.
 */
final class PostgresLedgerRows implements LedgerRows {

    private static final int COLUMNS = 10;

    private final CopyOut copy;
    private final int[] start = new int[COLUMNS];
    private final int[] end = new int[COLUMNS];
    private byte[] row;

    private PostgresLedgerRows(CopyOut copy) {
        this.copy = copy;
    }

    /**
     * Starts the COPY of the ledger query for the order type and customer roles in {@code values}. COPY takes no
     * parameters: they become literals, escaped by the driver's own rules for the connection.
     */
    static PostgresLedgerRows open(Connection connection, List<String> values) throws SQLException {
        boolean standard = connection.unwrap(BaseConnection.class).getStandardConformingStrings();
        List<String> literals = new ArrayList<>();
        for (String v : values) {
            literals.add("'" + Utils.escapeLiteral(null, v, standard) + "'");
        }
        String query = OfbizOrderLedger.query("CAST(EXTRACT(EPOCH FROM h.ORDER_DATE) * 1000 AS BIGINT)", literals,
                OfbizTables.Dialect.POSTGRESQL);
        return new PostgresLedgerRows(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("COPY (" + query + ") TO STDOUT"));
    }

    @Override
    public boolean next() throws SQLException {
        row = copy.readFromCopy();
        if (row == null) {
            return false;
        }
        int field = 0;
        start[0] = 0;
        int length = row.length > 0 && row[row.length - 1] == '\n' ? row.length - 1 : row.length;
        for (int i = 0; i < length; i++) {
            if (row[i] == '\t') {
                end[field] = i;
                if (++field == COLUMNS) {
                    throw new SQLException("the ledger query gave more than " + COLUMNS + " columns");
                }
                start[field] = i + 1;
            }
        }
        end[field] = length;
        if (field != COLUMNS - 1) {
            throw new SQLException("the ledger query gave " + (field + 1) + " columns, not " + COLUMNS);
        }
        return true;
    }

    @Override
    public String party() {
        return text(0);
    }

    @Override
    public String orderId() {
        return text(1);
    }

    @Override
    public String role() {
        return text(2);
    }

    @Override
    public Timestamp orderDate() {
        if (isNull(3)) {
            return null;
        }
        return new Timestamp((long) CopyText.decimal(row, start[3], end[3]));
    }

    @Override
    public String status() {
        return text(4);
    }

    @Override
    public String currency() {
        return text(5);
    }

    @Override
    public boolean hasItem() {
        return !isNull(7);
    }

    @Override
    public String itemStatus() {
        return text(6);
    }

    @Override
    public double quantity() {
        return number(7);
    }

    @Override
    public double cancelQuantity() {
        return number(8);
    }

    @Override
    public double unitPrice() {
        return number(9);
    }

    private boolean isNull(int field) {
        return end[field] - start[field] == 2 && row[start[field]] == '\\' && row[start[field] + 1] == 'N';
    }

    private String text(int field) {
        return isNull(field) ? null : CopyText.unescape(row, start[field], end[field]);
    }

    private double number(int field) {
        return isNull(field) ? 0 : CopyText.decimal(row, start[field], end[field]);
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
