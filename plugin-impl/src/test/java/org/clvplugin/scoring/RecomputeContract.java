package org.clvplugin.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.OrderLedger;
import org.clvplugin.host.ofbiz.OfbizContactDirectory;
import org.clvplugin.host.ofbiz.OfbizOrderLedger;
import org.clvplugin.host.ofbiz.OfbizRows;
import org.clvplugin.host.ofbiz.OfbizTables;
import org.clvplugin.model.io.TransactionFileReader;
import org.clvplugin.store.PluginStore;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SettingsRepository;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/** A whole recompute over OFBiz tables holding the CDNOW sample; H2 and PostgreSQL subclasses. */
abstract class RecomputeContract {

    abstract DataSource database();

    @Test
    void publishesEveryContactAndAFailureKeepsThePublishedRun() throws Exception {
        DataSource db = database();
        try (Connection c = db.getConnection()) {
            OfbizTables.create(c);
            try (OfbizRows rows = new OfbizRows(c)) {
                List<Object[]> tx = new ArrayList<>();
                TransactionFileReader.read(SharedData.file("data/CDNOW_sample.txt"),
                        (id, date, value) -> tx.add(new Object[] {id, date, value}));
                Set<String> people = new HashSet<>();
                int n = 0;
                for (Object[] t : tx) {
                    String party = "CD" + t[0];
                    if (people.add(party)) {
                        rows.person(party, "Customer", (String) t[0], "CUSTOMER");
                    }
                    String order = "O" + (++n);
                    rows.order(order, Timestamp.from(((LocalDate) t[1]).atStartOfDay(ZoneOffset.UTC).toInstant()),
                            "ORDER_COMPLETED", "USD");
                    rows.orderRole(order, party, "BILL_TO_CUSTOMER");
                    rows.item(order, "00001", BigDecimal.ONE, null, BigDecimal.valueOf((Double) t[2]), null);
                }
                rows.person("NOORDERS", "Nora", "New", "CUSTOMER");
            }
        }
        try (PluginStore store = PluginStore.open(db)) {
            RunRepository runs = new RunRepository(store, Clock.systemUTC(), 5);
            OfbizContactDirectory contacts = new OfbizContactDirectory(db, List.of("CUSTOMER"));
            OrderLedger ledger = new OfbizOrderLedger(db, ZoneOffset.UTC);
            RecomputeSettings settings = RecomputeSettings.defaults(
                    CountingRules.defaults(LocalDate.of(1997, 9, 30)));
            List<String> messages = new ArrayList<>();
            TierPolicyRepository tiers = new TierPolicyRepository(store,
                    new SettingsRepository(store, Clock.systemUTC()), Clock.systemUTC());
            RunRecord run = new Recompute(contacts, ledger, store, runs, tiers, Clock.systemUTC())
                    .run(settings, "test", messages::add);

            assertEquals(RunRecord.State.SUCCEEDED, run.state());
            assertEquals("bgnbd", run.model());
            assertTrue(run.report().contains("\"ordersCounted\":"), run.report());
            assertTrue(run.report().contains("\"backtest\":{\"contacts\":"), run.report());
            assertEquals("1997-07-25", new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.report())
                    .get("backtestFrom").asText(), "the last 68 of the 272 days from 1997-01-01 to 1997-09-30");
            PublishedValues values = new PublishedValues(store);
            assertEquals(2358, values.contacts(), "every CDNOW customer and the contact without orders");
            var first = values.ofContact("CD0001").orElseThrow();
            assertEquals(0.7266, first.probabilityAlive(), 5e-4, "P(alive) of CDNOW customer 1, as published");
            assertTrue(first.clvLow() <= first.clv() && first.clv() <= first.clvHigh());
            assertTrue(first.segment() != null && first.rfm()[0] != null, "RFM for a contact with orders");
            assertTrue(values.ofContact("NOORDERS").orElseThrow().rfm()[0] == null, "no RFM without orders");
            assertTrue(first.tierKey() != null, "a tier for a contact with orders");
            assertTrue(values.ofContact("NOORDERS").orElseThrow().tierKey() == null, "no tier without orders");
            var history = values.tierChanges("CD0001");
            assertEquals(1, history.size());
            assertTrue(history.get(0).reason().startsWith("entered at "), history.get(0).reason());

            // The same data again: nobody changes tier, and the history does not grow.
            RunRecord again = new Recompute(contacts, ledger, store, runs, tiers, Clock.systemUTC())
                    .run(settings, "test", m -> { });
            assertTrue(again.report().contains("\"tierChanges\":0"), again.report());
            assertEquals(1, values.tierChanges("CD0001").size());
            run = again;
            first = values.ofContact("CD0001").orElseThrow();
            var nobody = values.ofContact("NOORDERS").orElseThrow();
            assertEquals(0, nobody.orders());
            assertEquals(0, nobody.clv());
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("published run")), messages.toString());

            OrderLedger broken = new OrderLedger() {
                @Override
                public org.clvplugin.api.host.LedgerReport streamCountedOrders(CountingRules rules,
                                                                               CountedOrderSink sink) {
                    throw new IllegalStateException("the host database went away");
                }

                @Override
                public java.util.Optional<LocalDate> firstOrderDay(CountingRules rules) {
                    return java.util.Optional.empty();
                }
            };
            RecomputeFailedException e = assertThrows(RecomputeFailedException.class,
                    () -> new Recompute(contacts, broken, store, runs, tiers, Clock.systemUTC())
                            .run(settings, "test", m -> { }));
            assertTrue(e.getMessage().endsWith("the host database went away; the last published values stay "
                    + "in place"), e.getMessage());
            assertEquals(run.id(), runs.published().orElseThrow().id());
            assertEquals(RunRecord.State.FAILED, runs.latest().orElseThrow().state());
            assertEquals(first.clv(), values.ofContact("CD0001").orElseThrow().clv());

            // Less data than the minimum to fit: the formula model, and the report says why.
            RecomputeSettings demanding = new RecomputeSettings(settings.rules(), settings.model(), settings.unit(),
                    settings.clv(), settings.predictionWeeks(), settings.holdoutShare(), 5_000);
            RunRecord thin = new Recompute(contacts, ledger, store, runs, tiers, Clock.systemUTC())
                    .run(demanding, "test", m -> { });
            assertEquals("formula", thin.model());
            assertTrue(thin.report().contains("\"fallbackReason\":\"too little data to fit: "), thin.report());
            assertTrue(thin.report().contains("model.minimumRepeatCustomers asks for at least 5000"), thin.report());
            assertTrue(thin.report().contains("\"notRun\":\"the models could not be fitted on the calibration "
                    + "part: too little data to fit"), thin.report());
        }
    }
}
