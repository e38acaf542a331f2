package org.clvplugin.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into one table by PostgreSQL's binary COPY, buffered in 1 MB chunks: neither side formats or parses
 * numbers as text (measured: the text form spent seconds per million rows on both). Values must match the
 * columns' types exactly: Long for BIGINT, Integer for INTEGER, Short for SMALLINT, Double for DOUBLE PRECISION,
 * String for VARCHAR, LocalDate for DATE, Instant for TIMESTAMP WITH TIME ZONE, null for NULL. {@link #open} returns null on any other database, whose
 * callers then use batched inserts; the driver is only touched on a PostgreSQL connection.
 */
final class PostgresCopy {

    private static final int CHUNK = 1 << 20;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long EPOCH_2000 = LocalDate.of(2000, 1, 1).toEpochDay();

    private final CopyIn in;
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK + (64 << 10));

    private PostgresCopy(CopyIn in) {
        this.in = in;
        buffer.put(SIGNATURE).putInt(0).putInt(0); // no flags, no header extension
    }

    static PostgresCopy open(Connection connection, String target) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return null;
        }
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + target + " FROM STDIN WITH (FORMAT binary)");
        return new PostgresCopy(in);
    }

    /** One row, its values in the order of the target's columns. */
    void row(Object... values) throws SQLException {
        buffer.putShort((short) values.length);
        for (Object v : values) {
            field(v);
        }
        if (buffer.position() >= CHUNK) {
            send();
        }
    }

    private void field(Object v) {
        if (v == null) {
            buffer.putInt(-1);
        } else if (v instanceof Double d) {
            buffer.putInt(8).putDouble(d);
        } else if (v instanceof Integer i) {
            buffer.putInt(4).putInt(i);
        } else if (v instanceof Long l) {
            buffer.putInt(8).putLong(l);
        } else if (v instanceof Short s) {
            buffer.putInt(2).putShort(s);
        } else if (v instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 16 << 10) {
                throw new IllegalArgumentException("a text of " + bytes.length + " bytes does not fit a row here");
            }
            buffer.putInt(bytes.length).put(bytes);
        } else if (v instanceof LocalDate day) {
            buffer.putInt(4).putInt(Math.toIntExact(day.toEpochDay() - EPOCH_2000));
        } else if (v instanceof java.time.Instant at) {
            long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
            buffer.putInt(8).putLong(micros - EPOCH_2000 * 86_400_000_000L);
        } else {
            throw new IllegalArgumentException("no binary COPY form for " + v.getClass().getName());
        }
    }

    void finish() throws SQLException {
        buffer.putShort((short) -1);
        send();
        in.endCopy();
    }

    private void send() throws SQLException {
        in.writeToCopy(buffer.array(), 0, buffer.position());
        buffer.clear();
    }
}
