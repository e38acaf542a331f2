package org.clvplugin.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into one table by PostgreSQL's COPY (CSV), buffered in 1 MB chunks. {@link #open} returns null on any other
 * database, whose callers then use batched inserts. The driver is optional at run time: the class is only touched
 * on a PostgreSQL connection.
 */
final class PostgresCopy {

    private static final int CHUNK = 1 << 20;

    private final CopyIn in;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

    private PostgresCopy(CopyIn in) {
        this.in = in;
    }

    static PostgresCopy open(Connection connection, String target) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres")) {
            return null;
        }
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)");
        return new PostgresCopy(in);
    }

    /** One row; null is an empty field (NULL in CSV COPY), text is quoted. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object v = values[i];
            if (v instanceof String text) {
                buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (v != null) {
                buffer.append(v);
            }
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            send();
        }
    }

    void finish() throws SQLException {
        send();
        in.endCopy();
    }

    private void send() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
