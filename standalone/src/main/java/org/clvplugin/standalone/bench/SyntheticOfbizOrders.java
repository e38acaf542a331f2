package org.clvplugin.standalone.bench;

import java.io.PrintWriter;
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

/**
 * Benchmark data in the OFBiz tables of a PostgreSQL, MySQL or MariaDB database: N persons with the CUSTOMER role, each with
 * completed sales orders bill-to them drawn from a buy-till-you-die process over two years from {@link #FIRST_DAY}
 * (first order in the first year; then orders at an exponentially distributed rate averaging 4.4 a year, dropping
 * out after each with a probability averaging 10 %), so about five orders per contact; one item each, its value
 * Gamma-distributed around a mean of the contact's own. Loaded in bulk ({@link BulkLoad}) and analysed; a database already holding this data for N contacts (a marker party, its status holding N, says
 * so) is reused.
 */
final class SyntheticOfbizOrders {

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final int DAYS = 730;

    private SyntheticOfbizOrders() {
    }

    private static final String MARKER = "BENCHDATA_V3";
    private static final double MEAN_DAILY_RATE = 4.4 / 365;

    /** Loads the data unless the database holds it for {@code contacts} contacts already; returns the orders. */
    static long ensure(DataSource db, int contacts, PrintWriter out) throws SQLException {
        if (contacts < 1) {
            throw new IllegalArgumentException("--contacts must be at least 1");
        }
        long loaded = loadedOrders(db, contacts);
        if (loaded > 0) {
            out.printf(Locale.ROOT, "reusing the %,d orders of %,d contacts already loaded%n", loaded, contacts);
            return loaded;
        }
        long t0 = System.nanoTime();
        long orders = load(db, contacts, out);
        out.printf(Locale.ROOT, "loaded %,d contacts and %,d orders in %.1f s%n", contacts, orders,
                (System.nanoTime() - t0) / 1e9);
        return orders;
    }

    /** The orders already loaded for this many contacts by this generator, or 0. */
    private static long loadedOrders(DataSource db, int contacts) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            OfbizTables.create(c);
            try (ResultSet rs = s.executeQuery("SELECT STATUS_ID FROM PARTY WHERE PARTY_ID = '" + MARKER + "'")) {
                if (!rs.next() || !Integer.toString(contacts).equals(rs.getString(1))) {
                    return 0;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ORDER_HEADER")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** One contact's order days: the same every time for the same contact. */
    private static int[] orderDays(int contact) {
        SplittableRandom random = new SplittableRandom(contact + 42L);
        int first = random.nextInt(365);
        double rate = MEAN_DAILY_RATE * -Math.log(1 - random.nextDouble());
        double dropout = 1 - Math.pow(1 - random.nextDouble(), 1.0 / 9);
        int[] days = new int[8];
        int n = 0;
        days[n++] = first;
        double t = first;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / rate;
            if (t >= DAYS) {
                return Arrays.copyOf(days, n);
            }
            if (n == days.length) {
                days = Arrays.copyOf(days, n * 2);
            }
            days[n++] = (int) t;
            if (random.nextDouble() < dropout) {
                return Arrays.copyOf(days, n);
            }
        }
    }

    private static long load(DataSource db, int contacts, PrintWriter out) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            BulkLoad bulk = BulkLoad.of(c);
            for (String table : new String[] {"ORDER_ITEM", "ORDER_ROLE", "ORDER_HEADER", "PARTY_ROLE", "PERSON",
                    "PARTY"}) {
                s.execute("TRUNCATE TABLE " + table);
            }
            bulk.load(c, "PARTY", "PARTY_ID, PARTY_TYPE_ID", contacts,
                    (i, b) -> b.append(party(i)).append(",PERSON\n"));
            bulk.load(c, "PERSON", "PARTY_ID, FIRST_NAME, LAST_NAME", contacts,
                    (i, b) -> b.append(party(i)).append(",Bench,Contact ").append(i).append('\n'));
            bulk.load(c, "PARTY_ROLE", "PARTY_ID, ROLE_TYPE_ID", contacts,
                    (i, b) -> b.append(party(i)).append(",CUSTOMER\n"));
            out.println("  contacts loaded");
            out.flush();
            long[] orderId = {0};
            // Noon, so the day is the same in any zone the reader's is within 12 hours of.
            String noon = bulk == BulkLoad.POSTGRESQL_COPY ? " 12:00:00+00" : " 12:00:00";
            bulk.load(c, "ORDER_HEADER", "ORDER_ID, ORDER_TYPE_ID, ORDER_DATE, STATUS_ID, CURRENCY_UOM", contacts,
                    (i, b) -> {
                        for (int day : orderDays(i)) {
                            b.append(order(orderId[0]++)).append(",SALES_ORDER,").append(FIRST_DAY.plusDays(day))
                                    .append(noon).append(",ORDER_COMPLETED,USD\n");
                        }
                    });
            long orders = orderId[0];
            orderId[0] = 0;
            bulk.load(c, "ORDER_ROLE", "ORDER_ID, PARTY_ID, ROLE_TYPE_ID", contacts, (i, b) -> {
                for (int ignored : orderDays(i)) {
                    b.append(order(orderId[0]++)).append(',').append(party(i)).append(",BILL_TO_CUSTOMER\n");
                }
            });
            orderId[0] = 0;
            bulk.load(c, "ORDER_ITEM", "ORDER_ID, ORDER_ITEM_SEQ_ID, QUANTITY, UNIT_PRICE", contacts, (i, b) -> {
                // Each contact spends around a mean of its own (Gamma-Gamma's heterogeneity): order values are
                // Gamma(6) around a contact mean that is log-normal around 40.
                SplittableRandom prices = new SplittableRandom(-1 - i);
                double mean = 40 * Math.exp(0.5 * prices.nextGaussian());
                for (int ignored : orderDays(i)) {
                    double gamma6 = 0;
                    for (int k = 0; k < 6; k++) {
                        gamma6 -= Math.log(1 - prices.nextDouble());
                    }
                    b.append(order(orderId[0]++)).append(",00001,1,")
                            .append(Math.max(0.01, Math.round(mean * gamma6 / 6 * 100) / 100.0)).append('\n');
                }
            });
            s.execute("INSERT INTO PARTY (PARTY_ID, PARTY_TYPE_ID, STATUS_ID) VALUES ('" + MARKER + "', "
                    + "'PARTY_GROUP', '" + contacts + "')");
            out.println("  orders loaded; analysing the tables");
            out.flush();
            s.execute(bulk.analyse());
            return orders;
        }
    }

    private static String party(int i) {
        return String.format(Locale.ROOT, "B%07d", i);
    }

    private static String order(long i) {
        return String.format(Locale.ROOT, "BO%08d", i);
    }
}
