package org.clvplugin.standalone.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.clvplugin.host.ofbiz.OfbizRows;
import org.clvplugin.host.ofbiz.OfbizTables;

/**
 * Loads the CDNOW history into OFBiz tables as an OFBiz shop would hold it: a person per customer (a generated,
 * deterministic name), a completed sales order per purchase (bill-to the customer, USD), four sales reps owning a
 * share of the contacts each, and the edge cases the plugin must handle: a cancelled order, a completed return, an
 * order in EUR with a dated rate, a placing-customer role beside the bill-to role, an organisation, a contact with
 * no orders and an order dated after the as-of date.
 */
final class CdnowDemoImport {

    /** The last day of the CDNOW data, the demo's as-of date. */
    static final LocalDate END_OF_DATA = LocalDate.of(1998, 6, 30);
    static final List<String> REPS = List.of("REP_ANNA", "REP_BEN", "REP_CARLA", "REP_DAVID");

    private static final String DATA = "/demo/CDNOW_master.txt.gz";
    private static final int COMMIT_EVERY = 10_000;
    private static final String[] FIRST = {"Ada", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hugo", "Ines",
        "Jonas", "Kari", "Lars", "Mia", "Nils", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara", "Ulla", "Viktor",
        "Wanda", "Xavier", "Yara", "Zeno", "Astrid", "Bruno", "Chloe", "Dmytro", "Emma", "Felix", "Hanna", "Ivan",
        "Julia", "Karl", "Lena", "Marta", "Oskar", "Petra"};
    private static final String[] LAST = {"Andersen", "Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Garcia",
        "Hansen", "Iversen", "Jensen", "Koval", "Larsen", "Meyer", "Nielsen", "Olsen", "Petrenko", "Quist",
        "Rossi", "Schmidt", "Tkachenko", "Urban", "Vogel", "Weber", "Xu", "Young", "Zimmer", "Bakken", "Moen",
        "Lund", "Strand", "Holm", "Bauer", "Wolf", "Shevchenko", "Bondar", "Lindqvist", "Novak", "Silva",
        "Brennan", "Okafor"};

    private final DataSource db;
    private final ZoneId zone;
    private final Consumer<String> progress;

    CdnowDemoImport(DataSource db, ZoneId zone, Consumer<String> progress) {
        this.db = db;
        this.zone = zone;
        this.progress = progress;
    }

    /** True when the OFBiz tables already hold parties (the import then does nothing). */
    boolean alreadyLoaded() throws SQLException {
        try (Connection c = db.getConnection()) {
            OfbizTables.create(c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PARTY")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Loads everything in one go; returns the number of orders written. */
    long load() throws IOException, SQLException {
        long orders = 0;
        try (Connection c = db.getConnection()) {
            OfbizTables.create(c);
            c.setAutoCommit(false);
            try (OfbizRows rows = new OfbizRows(c); BufferedReader in = data()) {
                reps(rows);
                Set<String> customers = new HashSet<>();
                DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
                String line = in.readLine(); // header
                while ((line = in.readLine()) != null) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length != 4) {
                        continue;
                    }
                    String party = "CDNOW" + f[0];
                    if (customers.add(party)) {
                        customer(rows, f[0], party);
                    }
                    String order = "CD" + (++orders);
                    rows.order(order, at(LocalDate.parse(f[1], yyyymmdd)), "ORDER_COMPLETED", "USD");
                    rows.orderRole(order, party, "BILL_TO_CUSTOMER");
                    rows.item(order, "00001", BigDecimal.ONE, null, new BigDecimal(f[3]), "ITEM_COMPLETED");
                    if (orders % COMMIT_EVERY == 0) {
                        rows.flush();
                        c.commit();
                        progress.accept(String.format(Locale.ROOT, "  loaded %,d orders of %,d customers", orders,
                                customers.size()));
                    }
                }
                orders += edgeCases(rows);
                rows.flush();
                c.commit();
                progress.accept(String.format(Locale.ROOT, "  loaded %,d orders of %,d customers, and the edge "
                        + "cases", orders, customers.size()));
            } catch (IOException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return orders;
    }

    private void reps(OfbizRows rows) throws SQLException {
        String[][] names = {{"Anna", "Berg"}, {"Ben", "Okafor"}, {"Carla", "Rossi"}, {"David", "Koval"}};
        for (int i = 0; i < REPS.size(); i++) {
            rows.person(REPS.get(i), names[i][0], names[i][1], "SALES_REP", "OWNER");
        }
    }

    private void customer(OfbizRows rows, String cdnowId, String party) throws SQLException {
        int n = Integer.parseInt(cdnowId);
        int h = Math.floorMod(n * 0x9E3779B9, 1 << 30);
        rows.person(party, FIRST[h % FIRST.length], LAST[(h / FIRST.length) % LAST.length], "CUSTOMER");
        rows.owner(REPS.get(n % REPS.size()), party, "CUSTOMER", at(LocalDate.of(1997, 1, 1)));
    }

    /** The cases a real OFBiz shop has and CDNOW does not; each is named in the order or party id. */
    private long edgeCases(OfbizRows rows) throws SQLException {
        rows.order("EDGE_CANCELLED", at(LocalDate.of(1998, 3, 2)), "ORDER_CANCELLED", "USD");
        rows.orderRole("EDGE_CANCELLED", "CDNOW00001", "BILL_TO_CUSTOMER");
        rows.item("EDGE_CANCELLED", "00001", BigDecimal.ONE, null, new BigDecimal("99.00"), "ITEM_CANCELLED");

        rows.order("EDGE_RETURNED", at(LocalDate.of(1998, 3, 3)), "ORDER_COMPLETED", "USD");
        rows.orderRole("EDGE_RETURNED", "CDNOW00002", "BILL_TO_CUSTOMER");
        rows.item("EDGE_RETURNED", "00001", new BigDecimal("2"), null, new BigDecimal("15.00"), "ITEM_COMPLETED");
        rows.returnHeader("EDGE_RETURN", "CDNOW00002", "RETURN_COMPLETED", at(LocalDate.of(1998, 3, 20)));
        rows.returnItem("EDGE_RETURN", "00001", "EDGE_RETURNED", "00001", BigDecimal.ONE, new BigDecimal("15.00"));

        rows.rate("EUR", "USD", at(LocalDate.of(1998, 1, 1)), null, 1.09);
        rows.order("EDGE_EUR", at(LocalDate.of(1998, 4, 1)), "ORDER_COMPLETED", "EUR");
        rows.orderRole("EDGE_EUR", "CDNOW00003", "BILL_TO_CUSTOMER");
        rows.item("EDGE_EUR", "00001", BigDecimal.ONE, null, new BigDecimal("20.00"), "ITEM_COMPLETED");

        rows.orderRole("CD1", "CDNOW00001", "PLACING_CUSTOMER");

        rows.partyGroup("DEMO_ACME", "Acme Records Ltd", "CUSTOMER");
        rows.owner("REP_ANNA", "DEMO_ACME", "CUSTOMER", at(LocalDate.of(1997, 1, 1)));
        String[] days = {"1997-02-03", "1997-06-10", "1998-01-15", "1998-05-20"};
        for (int i = 0; i < days.length; i++) {
            String order = "EDGE_ACME" + (i + 1);
            rows.order(order, at(LocalDate.parse(days[i])), "ORDER_COMPLETED", "USD");
            rows.orderRole(order, "DEMO_ACME", "BILL_TO_CUSTOMER");
            rows.item(order, "00001", new BigDecimal("10"), null, new BigDecimal("12.50"), "ITEM_COMPLETED");
        }

        rows.person("DEMO_NOORDERS", "Nora", "Newman", "CUSTOMER");

        rows.order("EDGE_AFTER_ASOF", at(END_OF_DATA.plusDays(15)), "ORDER_COMPLETED", "USD");
        rows.orderRole("EDGE_AFTER_ASOF", "CDNOW00005", "BILL_TO_CUSTOMER");
        rows.item("EDGE_AFTER_ASOF", "00001", BigDecimal.ONE, null, new BigDecimal("25.00"), "ITEM_COMPLETED");
        return 4 + days.length;
    }

    private Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    private static BufferedReader data() throws IOException {
        InputStream raw = CdnowDemoImport.class.getResourceAsStream(DATA);
        if (raw == null) {
            throw new IOException("the demo data " + DATA + " is missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII));
    }
}
