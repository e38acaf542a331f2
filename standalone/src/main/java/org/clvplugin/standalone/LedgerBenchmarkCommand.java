package org.clvplugin.standalone;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.LedgerReport;
import org.clvplugin.host.ofbiz.OfbizOrderLedger;
import org.clvplugin.host.ofbiz.OfbizTables;
import org.clvplugin.model.CalibrationHoldout;
import org.clvplugin.model.StreamingSummarizer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "benchmark-ledger", mixinStandardHelpOptions = true,
        description = "Loads N contacts with M completed sales orders into OFBiz tables on PostgreSQL (once; a "
                + "database already holding them is reused), then times streaming the counted orders and building "
                + "every contact's summary. Use a database or schema of its own (for example "
                + "?currentSchema=clv_bench in the URL).")
final class LedgerBenchmarkCommand implements Callable<Integer> {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 730;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--contacts", defaultValue = "1000000", paramLabel = "N") int contacts;
    @Option(names = "--orders", defaultValue = "5000000", paramLabel = "M") int orders;
    @Option(names = "--runs", defaultValue = "2", paramLabel = "K") int runs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (database.url == null || !database.url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must name a PostgreSQL database (jdbc:postgresql://...)");
        }
        if (contacts < 1 || orders < contacts) {
            throw new IllegalArgumentException("need at least one contact and at least one order per contact");
        }
        PrintWriter out = spec.commandLine().getOut();
        DataSource db = database.open();
        if (loadedOrders(db) != orders) {
            long t0 = System.nanoTime();
            load(db, out);
            out.printf(Locale.ROOT, "loaded %,d contacts and %,d orders in %.1f s%n", contacts, orders,
                    (System.nanoTime() - t0) / 1e9);
        } else {
            out.printf(Locale.ROOT, "reusing the %,d orders already loaded%n", orders);
        }
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "max heap %,d MB, %d cores%n", rt.maxMemory() >> 20, rt.availableProcessors());
        OfbizOrderLedger ledger = new OfbizOrderLedger(db, ZoneOffset.UTC);
        CountingRules rules = CountingRules.defaults(FIRST_DAY.plusDays(DAYS));
        for (int run = 1; run <= runs; run++) {
            System.gc();
            HeapPeaks.reset();
            long t0 = System.nanoTime();
            StreamingSummarizer summarizer = new StreamingSummarizer(rules.asOf(), PeriodUnit.WEEK);
            LedgerReport report = ledger.streamCountedOrders(rules, (c, o, day, v) -> summarizer.add(c, day, v));
            CalibrationHoldout result = summarizer.finish();
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "run %d: streamed %,d orders into %,d summaries in %.1f s (%,.0f orders/s); "
                            + "peak heap %,d MB%n", run, report.ordersCounted(), result.calibration().size(), seconds,
                    report.ordersCounted() / seconds, HeapPeaks.peakMb());
            out.flush();
        }
        return 0;
    }

    private int loadedOrders(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            OfbizTables.create(c);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ORDER_HEADER")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** COPY in the rows: each contact a person with one order, the rest of the orders spread at random. */
    private void load(DataSource db, PrintWriter out) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(42);
        int[] perContact = new int[contacts];
        java.util.Arrays.fill(perContact, 1);
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
