package org.clvplugin.standalone.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.clvplugin.host.ofbiz.OfbizTables;
import org.postgresql.PGConnection;

/**
 * Rows generated on the fly and loaded in bulk as CSV, the fastest way each database has: COPY on PostgreSQL, LOAD
 * DATA LOCAL INFILE on MySQL and MariaDB (fed from a stream, no file is written).
 */
enum BulkLoad {
    POSTGRESQL_COPY("ANALYZE"),
    MYSQL_LOAD_DATA("ANALYZE TABLE PARTY, PERSON, PARTY_ROLE, ORDER_HEADER, ORDER_ROLE, ORDER_ITEM");

    /** Writes the CSV lines of item {@code i} (any number of rows, each ending in a newline). */
    @FunctionalInterface
    interface Lines {
        void write(int i, StringBuilder b);
    }

    private final String analyse;

    BulkLoad(String analyse) {
        this.analyse = analyse;
    }

    static BulkLoad of(Connection c) throws SQLException {
        return switch (OfbizTables.dialectOf(c)) {
            case POSTGRESQL -> POSTGRESQL_COPY;
            case MYSQL -> MYSQL_LOAD_DATA;
            case H2 -> throw new IllegalArgumentException("the benchmark data loads into PostgreSQL, MySQL or "
                    + "MariaDB, not " + c.getMetaData().getDatabaseProductName());
        };
    }

    /** The statement that refreshes the planner's statistics of the loaded tables. */
    String analyse() {
        return analyse;
    }

    /** Loads the lines of items 0 to {@code items - 1} into {@code columns} of {@code table} on {@code c}. */
    void load(Connection c, String table, String columns, int items, Lines lines) throws SQLException {
        InputStream csv = new GeneratedCsv(items, lines);
        try {
            if (this == POSTGRESQL_COPY) {
                c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)", csv);
            } else {
                try (Statement s = c.createStatement()) {
                    s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(csv);
                    s.execute("LOAD DATA LOCAL INFILE 'generated.csv' INTO TABLE " + table
                            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' (" + columns
                            + ")");
                }
            }
        } catch (IOException e) {
            throw new SQLException("loading " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** The CSV of the items as a stream, generated a chunk at a time as the database reads it. */
    private static final class GeneratedCsv extends InputStream {
        private static final int CHUNK = 1 << 20;

        private final int items;
        private final Lines lines;
        private final StringBuilder text = new StringBuilder(CHUNK + 4096);
        private byte[] bytes = new byte[0];
        private int position;
        private int next;

        GeneratedCsv(int items, Lines lines) {
            this.items = items;
            this.lines = lines;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position == bytes.length && !refill()) {
                return -1;
            }
            int n = Math.min(length, bytes.length - position);
            System.arraycopy(bytes, position, into, offset, n);
            position += n;
            return n;
        }

        private boolean refill() {
            text.setLength(0);
            while (next < items && text.length() < CHUNK) {
                lines.write(next++, text);
            }
            bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
            return bytes.length > 0;
        }
    }
}
