package org.clvplugin.standalone;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.clvplugin.host.ofbiz.OfbizTables;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Benchmark data in the OFBiz tables of a PostgreSQL database: N persons with the CUSTOMER role and M completed
 * sales orders bill-to them (each contact one order, the rest spread at random), one item each, dated over two
 * years from {@link #FIRST_DAY}; loaded by COPY, then analysed. A database already holding M orders is reused.
 */
final class SyntheticOfbizOrders {

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final int DAYS = 730;

    private SyntheticOfbizOrders() {
    }

    /** Loads the data unless the database holds exactly {@code orders} orders already. */
    static void ensure(DataSource db, int contacts, int orders, PrintWriter out) throws SQLException {
        if (contacts < 1 || orders < contacts) {
            throw new IllegalArgumentException("need at least one contact and at least one order per contact");
        }
        if (loadedOrders(db) == orders) {
            out.printf(Locale.ROOT, "reusing the %,d orders already loaded%n", orders);
            return;
        }
        long t0 = System.nanoTime();
        load(db, contacts, orders, out);
        out.printf(Locale.ROOT, "loaded %,d contacts and %,d orders in %.1f s%n", contacts, orders,
                (System.nanoTime() - t0) / 1e9);
    }

    private static int loadedOrders(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            OfbizTables.create(c);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ORDER_HEADER")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void load(DataSource db, int contacts, int orders, PrintWriter out) throws SQLException {
        SplittableRandom random = new SplittableRandom(42);
        int[] perContact = new int[contacts];
        Arrays.fill(perContact, 1);
        for (int i = contacts; i < orders; i++) {
            perContact[random.nextInt(contacts)]++;
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"ORDER_ITEM", "ORDER_ROLE", "ORDER_HEADER", "PARTY_ROLE", "PERSON",
                    "PARTY"}) {
                s.execute("TRUNCATE " + table);
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            copy(pg, "PARTY (PARTY_ID, PARTY_TYPE_ID)", contacts, (i, b) -> b.append(party(i)).append(",PERSON"));
            copy(pg, "PERSON (PARTY_ID, FIRST_NAME, LAST_NAME)", contacts,
                    (i, b) -> b.append(party(i)).append(",Bench,Contact ").append(i));
            copy(pg, "PARTY_ROLE (PARTY_ID, ROLE_TYPE_ID)", contacts, (i, b) -> b.append(party(i)).append(",CUSTOMER"));
            out.println("  contacts loaded");
            out.flush();
            int[] owner = new int[orders];
            int next = 0;
            for (int contact = 0; contact < contacts; contact++) {
                for (int k = 0; k < perContact[contact]; k++) {
                    owner[next++] = contact;
                }
            }
            copy(pg, "ORDER_HEADER (ORDER_ID, ORDER_TYPE_ID, ORDER_DATE, STATUS_ID, CURRENCY_UOM)", orders,
                    (i, b) -> b.append(order(i)).append(",SALES_ORDER,")
                            .append(FIRST_DAY.plusDays(random.nextInt(DAYS))).append(" 12:00:00+00,")
                            .append("ORDER_COMPLETED,USD"));
            copy(pg, "ORDER_ROLE (ORDER_ID, PARTY_ID, ROLE_TYPE_ID)", orders,
                    (i, b) -> b.append(order(i)).append(',').append(party(owner[i])).append(",BILL_TO_CUSTOMER"));
            copy(pg, "ORDER_ITEM (ORDER_ID, ORDER_ITEM_SEQ_ID, QUANTITY, UNIT_PRICE)", orders,
                    (i, b) -> b.append(order(i)).append(",00001,1,").append(5 + random.nextInt(9500) / 100.0));
            out.println("  orders loaded; analysing the tables");
            out.flush();
            s.execute("ANALYZE");
        }
    }

    @FunctionalInterface
    private interface Line {
        void write(int i, StringBuilder b);
    }

    private static void copy(PGConnection pg, String target, int rows, Line line) throws SQLException {
        CopyIn in = pg.getCopyAPI().copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)");
        StringBuilder b = new StringBuilder(1 << 20);
        for (int i = 0; i < rows; i++) {
            line.write(i, b);
            b.append('\n');
            if (b.length() > (1 << 20) - 256) {
                byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                b.setLength(0);
            }
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
    }

    private static String party(int i) {
        return String.format(Locale.ROOT, "B%07d", i);
    }

    private static String order(int i) {
        return String.format(Locale.ROOT, "BO%08d", i);
    }
}
