package org.clvplugin.host.ofbiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.CustomerSummary;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.api.host.Contact;
import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.LedgerReport;
import org.clvplugin.model.ClvScorer;
import org.clvplugin.model.FittedPurchaseModel;
import org.clvplugin.model.FittedSpendModel;
import org.clvplugin.model.ModelFitting;
import org.clvplugin.model.StreamingSummarizer;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.model.TransactionSummarizer;
import org.clvplugin.model.io.TransactionFileReader;
import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every counting rule of docs/ofbiz.md with its edge case, on a real database: the H2 and PostgreSQL subclasses
 * run the same cases.
 */
abstract class OrderLedgerContract {

    static final ZoneId ZONE = ZoneId.of("UTC");
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    DataSource db;

    abstract DataSource database();

    record Counted(String contact, String order, LocalDate day, double value) {
    }

    @BeforeEach
    void createTables() throws SQLException {
        db = database();
        try (Connection c = db.getConnection()) {
            OfbizTables.create(c);
            try (OfbizRows rows = new OfbizRows(c)) {
                rows.person("ANN", "Ann", "Archer", "CUSTOMER");
                rows.person("BOB", "Bob", "Baker", "CUSTOMER", "BILL_TO_CUSTOMER");
                rows.partyGroup("ACME", "Acme Ltd", "CUSTOMER");
                rows.person("NEW", "Nora", "New", "CUSTOMER");
                rows.person("REP1", "Rita", "Rep", "SALES_REP");
                rows.person("SUPPLIER", "Sam", "Supplier", "SUPPLIER");
                rows.owner("REP1", "ANN", "CUSTOMER", at("2024-01-01"));
                // Ann: a plain completed order, a cancelled one, an approved one.
                order(rows, "A1", "2024-01-10", "ORDER_COMPLETED", "USD", "ANN");
                items(rows, "A1", 2, 0, "10.00", null);
                order(rows, "A2", "2024-02-10", "ORDER_CANCELLED", "USD", "ANN");
                items(rows, "A2", 1, 0, "99.00", null);
                order(rows, "A3", "2024-03-10", "ORDER_APPROVED", "USD", "ANN");
                items(rows, "A3", 1, 0, "30.00", null);
                // ... one whose every item was cancelled, and a free one (a purchase worth nothing).
                order(rows, "A4", "2024-04-10", "ORDER_COMPLETED", "USD", "ANN");
                items(rows, "A4", 2, 0, "15.00", "ITEM_CANCELLED");
                order(rows, "A5", "2024-05-10", "ORDER_COMPLETED", "USD", "ANN");
                items(rows, "A5", 1, 0, "0.00", null);
                // Bob: bill-to and placing customer of the same order; a cancelled item and a cancelled quantity;
                // a partly returned order, a fully returned one, a return only requested; an order after as-of.
                order(rows, "B1", "2024-01-05", "ORDER_COMPLETED", "USD", "BOB");
                rows.orderRole("B1", "BOB", "PLACING_CUSTOMER");
                rows.item("B1", "00001", new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("10.00"),
                        "ITEM_COMPLETED");
                rows.item("B1", "00002", new BigDecimal("1"), null, new BigDecimal("500.00"), "ITEM_CANCELLED");
                order(rows, "B2", "2024-02-05", "ORDER_COMPLETED", "USD", "BOB");
                items(rows, "B2", 4, 0, "25.00", "ITEM_COMPLETED");
                rows.returnHeader("R1", "BOB", "RETURN_COMPLETED", at("2024-02-20"));
                rows.returnItem("R1", "00001", "B2", "00001", new BigDecimal("1"), new BigDecimal("25.00"));
                order(rows, "B3", "2024-03-05", "ORDER_COMPLETED", "USD", "BOB");
                items(rows, "B3", 1, 0, "40.00", null);
                rows.returnHeader("R2", "BOB", "RETURN_COMPLETED", at("2024-03-20"));
                rows.returnItem("R2", "00001", "B3", "00001", new BigDecimal("1"), new BigDecimal("40.00"));
                order(rows, "B4", "2024-04-05", "ORDER_COMPLETED", "USD", "BOB");
                items(rows, "B4", 1, 0, "60.00", null);
                rows.returnHeader("R3", "BOB", "RETURN_REQUESTED", at("2024-04-20"));
                rows.returnItem("R3", "00001", "B4", "00001", new BigDecimal("1"), new BigDecimal("60.00"));
                order(rows, "B5", "2024-07-01", "ORDER_COMPLETED", "USD", "BOB");
                items(rows, "B5", 1, 0, "70.00", null);
                // Acme: EUR orders, one with a rate valid at its date, one before any rate.
                rows.rate("EUR", "USD", at("2024-01-01"), at("2024-04-01"), 1.10);
                rows.rate("EUR", "USD", at("2024-04-01"), null, 1.20);
                order(rows, "C1", "2024-02-01", "ORDER_COMPLETED", "EUR", "ACME");
                items(rows, "C1", 1, 0, "100.00", null);
                order(rows, "C2", "2024-05-01", "ORDER_COMPLETED", "EUR", "ACME");
                items(rows, "C2", 1, 0, "100.00", null);
                order(rows, "C3", "2023-12-01", "ORDER_COMPLETED", "EUR", "ACME");
                items(rows, "C3", 1, 0, "100.00", null);
                // A purchase order is not a sale.
                rows.order("P1", at("2024-01-01"), "ORDER_COMPLETED", "USD");
                rows.orderRole("P1", "SUPPLIER", "BILL_TO_CUSTOMER");
            }
        }
        try (Connection c = db.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE ORDER_HEADER SET ORDER_TYPE_ID = 'PURCHASE_ORDER' WHERE ORDER_ID = 'P1'");
        }
    }

    @Test
    void defaultRulesCountCompletedSalesOrdersNetOfCancellationsAndReturns() {
        List<Counted> counted = new ArrayList<>();
        LedgerReport report = ledger().streamCountedOrders(CountingRules.defaults(AS_OF),
                (contact, order, day, value) -> counted.add(new Counted(contact, order, day, value)));
        assertEquals(List.of(
                new Counted("ACME", "C1", LocalDate.of(2024, 2, 1), 110.0),
                new Counted("ACME", "C2", LocalDate.of(2024, 5, 1), 120.0),
                new Counted("ANN", "A1", LocalDate.of(2024, 1, 10), 20.0),
                new Counted("ANN", "A5", LocalDate.of(2024, 5, 10), 0.0),
                new Counted("BOB", "B1", LocalDate.of(2024, 1, 5), 20.0),
                new Counted("BOB", "B2", LocalDate.of(2024, 2, 5), 75.0),
                new Counted("BOB", "B4", LocalDate.of(2024, 4, 5), 60.0)), rounded(counted));
        assertEquals(7, report.ordersCounted());
        assertEquals(3, report.contactsWithOrders());
        assertEquals(Map.of("status ORDER_CANCELLED", 1L, "status ORDER_APPROVED", 1L, "fully returned", 1L,
                "after the as-of date", 1L, "no EUR->USD rate at the order date", 1L, "all items cancelled", 1L),
                report.skipped());
        assertEquals(13, report.ordersRead());
        assertEquals(6, report.ordersSkipped());
    }

    @Test
    void theFirstOrderDayIsThatOfTheEarliestOrderOfTheCountedStatuses() {
        assertEquals(LocalDate.of(2023, 12, 1), ledger().firstOrderDay(CountingRules.defaults(AS_OF)).orElseThrow());
        assertTrue(ledger().firstOrderDay(CountingRules.defaults(AS_OF).withStatuses(List.of("ORDER_HELD")))
                .isEmpty());
    }

    @Test
    void approvedOrdersCountWhenConfigured() {
        List<Counted> counted = new ArrayList<>();
        ledger().streamCountedOrders(CountingRules.defaults(AS_OF).withStatuses(
                List.of("ORDER_COMPLETED", "ORDER_APPROVED")), (c, o, d, v) -> counted.add(new Counted(c, o, d, v)));
        assertTrue(counted.stream().anyMatch(c -> c.order().equals("A3") && c.value() == 30.0));
    }

    @Test
    void anOrderCountsOnceForAPartyInSeveralCustomerRoles() {
        List<Counted> counted = new ArrayList<>();
        ledger().streamCountedOrders(CountingRules.defaults(AS_OF).withCustomerRoles(
                List.of("BILL_TO_CUSTOMER", "PLACING_CUSTOMER")), (c, o, d, v) -> counted.add(new Counted(c, o, d, v)));
        assertEquals(1, counted.stream().filter(c -> c.order().equals("B1")).count());
    }

    @Test
    void anEarlierAsOfDateLeavesLaterOrdersOut() {
        List<Counted> counted = new ArrayList<>();
        LedgerReport report = ledger().streamCountedOrders(CountingRules.defaults(LocalDate.of(2024, 2, 1)),
                (c, o, d, v) -> counted.add(new Counted(c, o, d, v)));
        // C1 is dated 2024-02-01 00:00, within the as-of day.
        assertEquals(List.of("C1", "A1", "B1"), counted.stream().map(Counted::order).toList());
        assertEquals(7, report.skipped().get("after the as-of date"), "A4, A5, B2, B3, B4, B5 and C2");
    }

    @Test
    void idsWithTabsBackslashesQuotesAndLettersBeyondAsciiArriveIntact() throws SQLException {
        String party = "Ø'\\x\tÆ\nY";
        String role = "O'HARA_\\ROLE";
        try (Connection c = db.getConnection(); OfbizRows rows = new OfbizRows(c)) {
            rows.person(party, "Ødegård", "Tab", "CUSTOMER");
            rows.order("Q\\1\t", at("2024-03-01"), "ORDER_COMPLETED", "USD");
            rows.orderRole("Q\\1\t", party, role);
            items(rows, "Q\\1\t", 2, 0, "12.34", null);
        }
        List<Counted> counted = new ArrayList<>();
        ledger().streamCountedOrders(CountingRules.defaults(AS_OF).withCustomerRoles(List.of(role)),
                (c, o, d, v) -> counted.add(new Counted(c, o, d, v)));
        assertEquals(List.of(new Counted(party, "Q\\1\t", LocalDate.of(2024, 3, 1), 24.68)), rounded(counted));
    }

    @Test
    void namesBeyondAsciiAndAmountsToTheLastDecimalOfTheirColumnsArriveIntact() throws SQLException {
        String name = "Łukasz Żółć-Ærø 李小龙";
        try (Connection c = db.getConnection(); OfbizRows rows = new OfbizRows(c)) {
            rows.person("UNI", name, "Дмитрий", "CUSTOMER");
            order(rows, "U1", "2024-03-01", "ORDER_COMPLETED", "USD", "UNI");
            // quantity is OFBiz's fixed-point (18,6), the unit price currency-precise (18,3): all their decimals.
            rows.item("U1", "00001", new BigDecimal("2.123457"), null, new BigDecimal("1234567.891"), null);
        }
        List<Counted> counted = new ArrayList<>();
        ledger().streamCountedOrders(CountingRules.defaults(AS_OF), (c, o, d, v) -> {
            if (c.equals("UNI")) {
                counted.add(new Counted(c, o, d, v));
            }
        });
        assertEquals(1, counted.size(), counted.toString());
        double exact = new BigDecimal("2.123457").multiply(new BigDecimal("1234567.891")).doubleValue();
        assertEquals(exact, counted.get(0).value(), Math.ulp(exact) * 4, "quantity times price, every decimal kept");
        Contact contact = new OfbizContactDirectory(db, List.of("CUSTOMER")).find("UNI").orElseThrow();
        assertTrue(contact.displayName().contains(name), contact.displayName());
        assertTrue(contact.displayName().contains("Дмитрий"), contact.displayName());
    }

    @Test
    void searchMatchesIdsAndNamesWithWildcardsTakenLiterally() throws SQLException {
        try (Connection c = db.getConnection(); OfbizRows rows = new OfbizRows(c)) {
            rows.person("P_1!%", "Per", "Cent", "CUSTOMER");
        }
        OfbizContactDirectory directory = new OfbizContactDirectory(db, List.of("CUSTOMER", "BILL_TO_CUSTOMER"));
        assertEquals(List.of("ANN"), directory.search("ann arch", 10).stream().map(Contact::partyId).toList(),
                "first and last name as one");
        assertEquals(List.of("ACME"), directory.search("acme", 10).stream().map(Contact::partyId).toList());
        for (String literal : List.of("_1", "!%", "%")) {
            assertEquals(List.of("P_1!%"), directory.search(literal, 10).stream().map(Contact::partyId).toList(),
                    "'" + literal + "' is text, not a wildcard");
        }
    }

    @Test
    void contactsArePersonsAndGroupsWithACustomerRoleWithNamesAndOwners() {
        OfbizContactDirectory directory = new OfbizContactDirectory(db, List.of("CUSTOMER", "BILL_TO_CUSTOMER"));
        List<Contact> contacts = new ArrayList<>();
        assertEquals(4, directory.forEachContact(contacts::add));
        assertEquals(List.of(
                new Contact("ACME", "Acme Ltd", Contact.Kind.ORGANISATION, null),
                new Contact("ANN", "Ann Archer", Contact.Kind.PERSON, "REP1"),
                new Contact("BOB", "Bob Baker", Contact.Kind.PERSON, null),
                new Contact("NEW", "Nora New", Contact.Kind.PERSON, null)), contacts);
        assertEquals("Bob Baker", directory.find("BOB").orElseThrow().displayName());
        assertFalse(directory.find("SUPPLIER").isPresent(), "a supplier is not a contact");
        assertFalse(directory.find("nobody").isPresent());
    }

    /**
     * The CDNOW 1/10 sample stored as OFBiz orders (one completed sales order per transaction line, bill-to the
     * customer) and read back through the ledger gives exactly the summaries, fitted parameters and contact
     * values that the model engine computes from the transaction file itself.
     */
    @Test
    void cdnowThroughTheOfbizTablesGivesTheEngineValues() throws Exception {
        List<Object[]> transactions = new ArrayList<>();
        TransactionFileReader.read(SharedData.file("data/CDNOW_sample.txt"),
                (id, date, value) -> transactions.add(new Object[] {"CD" + id, date, value}));
        try (Connection c = db.getConnection(); OfbizRows rows = new OfbizRows(c)) {
            java.util.Set<String> people = new java.util.HashSet<>();
            int n = 0;
            for (Object[] t : transactions) {
                String party = (String) t[0];
                if (people.add(party)) {
                    rows.person(party, "First" + party, "Last", "CUSTOMER");
                }
                String orderId = "CDO" + (++n);
                rows.order(orderId, Timestamp.from(((LocalDate) t[1]).atStartOfDay(ZONE).toInstant()),
                        "ORDER_COMPLETED", "USD");
                rows.orderRole(orderId, party, "BILL_TO_CUSTOMER");
                rows.item(orderId, "00001", BigDecimal.ONE, null, BigDecimal.valueOf((Double) t[2]), null);
            }
        }
        LocalDate calibrationEnd = LocalDate.of(1997, 9, 30);
        TransactionSummarizer fromFile = new TransactionSummarizer(calibrationEnd, PeriodUnit.WEEK);
        transactions.forEach(t -> fromFile.add((String) t[0], (LocalDate) t[1], (Double) t[2]));
        StreamingSummarizer fromHost = new StreamingSummarizer(calibrationEnd, PeriodUnit.WEEK);
        LedgerReport report = ledger().streamCountedOrders(CountingRules.defaults(LocalDate.of(1998, 6, 30)),
                (contact, order, day, value) -> fromHost.add(contact, day, value));
        assertEquals(6919, report.ordersCounted());

        SummaryTable expected = fromFile.summarize().calibration();
        SummaryTable actual = fromHost.finish().calibration();
        Map<String, CustomerSummary> byId = new java.util.HashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            byId.put(expected.id(i), expected.row(i));
        }
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < actual.size(); i++) {
            CustomerSummary want = byId.get(actual.id(i));
            CustomerSummary got = actual.row(i);
            assertEquals(want.frequency(), got.frequency(), got.id());
            assertEquals(want.recency(), got.recency(), 1e-12, got.id());
            assertEquals(want.age(), got.age(), 1e-12, got.id());
            assertEquals(want.monetaryValue(), got.monetaryValue(), 1e-9, got.id());
            assertEquals(want.historicalValue(), got.historicalValue(), 1e-9, got.id());
        }
        FittedPurchaseModel purchase = ModelFitting.fitPurchaseModel(PurchaseModelType.BG_NBD, actual);
        FittedSpendModel spend = ModelFitting.fitGammaGamma(actual);
        FittedPurchaseModel purchaseFromFile = ModelFitting.fitPurchaseModel(PurchaseModelType.BG_NBD, expected);
        FittedSpendModel spendFromFile = ModelFitting.fitGammaGamma(expected);
        assertEquals(purchaseFromFile.fit().logLikelihood(), purchase.fit().logLikelihood(), 1e-6);
        ClvSettings settings = ClvSettings.of(12, 0.01, 1.0, PeriodUnit.WEEK);
        ClvScorer host = new ClvScorer(purchase, spend, settings, 52);
        ClvScorer file = new ClvScorer(purchaseFromFile, spendFromFile, settings, 52);
        for (String id : List.of("CD0001", "CD0002", "CD0003", "CD0100", "CD2357")) {
            var fromHostValue = host.predict(find(actual, id));
            var fromFileValue = file.predict(byId.get(id));
            assertEquals(fromFileValue.clv(), fromHostValue.clv(), 1e-6 * (1 + fromFileValue.clv()), id);
            assertEquals(fromFileValue.probabilityAlive(), fromHostValue.probabilityAlive(), 1e-9, id);
        }
    }

    private static CustomerSummary find(SummaryTable table, String id) {
        for (int i = 0; i < table.size(); i++) {
            if (table.id(i).equals(id)) {
                return table.row(i);
            }
        }
        throw new AssertionError("no customer " + id);
    }

    OfbizOrderLedger ledger() {
        return new OfbizOrderLedger(db, ZONE);
    }

    static void order(OfbizRows rows, String id, String day, String status, String currency, String billTo)
            throws SQLException {
        rows.order(id, at(day), status, currency);
        rows.orderRole(id, billTo, "BILL_TO_CUSTOMER");
    }

    static void items(OfbizRows rows, String orderId, int quantity, int cancelled, String price, String status)
            throws SQLException {
        rows.item(orderId, "00001", new BigDecimal(quantity), cancelled == 0 ? null : new BigDecimal(cancelled),
                new BigDecimal(price), status);
    }

    static Timestamp at(String day) {
        return Timestamp.from(LocalDate.parse(day).atStartOfDay(ZONE).toInstant());
    }

    private static List<Counted> rounded(List<Counted> counted) {
        return counted.stream().map(c -> new Counted(c.contact(), c.order(), c.day(),
                Math.round(c.value() * 1e6) / 1e6)).toList();
    }
}
