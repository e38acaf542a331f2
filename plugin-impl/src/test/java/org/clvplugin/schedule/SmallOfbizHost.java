package org.clvplugin.schedule;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.OrderLedger;
import org.clvplugin.host.ofbiz.OfbizContactDirectory;
import org.clvplugin.host.ofbiz.OfbizOrderLedger;
import org.clvplugin.host.ofbiz.OfbizRows;
import org.clvplugin.host.ofbiz.OfbizTables;
import org.clvplugin.scoring.Recompute;
import org.clvplugin.scoring.RecomputeSettings;
import org.clvplugin.store.PluginStore;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SettingsRepository;
import org.clvplugin.store.TierPolicyRepository;

/** A small OFBiz database (60 customers, a few orders each) and the recompute service a node runs over it. */
final class SmallOfbizHost {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private SmallOfbizHost() {
    }

    static void createOrders(DataSource db) throws SQLException {
        try (Connection c = db.getConnection()) {
            OfbizTables.create(c);
            try (OfbizRows rows = new OfbizRows(c)) {
                int order = 0;
                for (int customer = 1; customer <= 60; customer++) {
                    String party = String.format("C%03d", customer);
                    rows.person(party, "Customer", Integer.toString(customer), "CUSTOMER");
                    for (int k = 0; k <= customer % 6; k++) {
                        String id = "O" + (++order);
                        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(customer * 3L + k * (20L + customer % 40));
                        rows.order(id, Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()),
                                "ORDER_COMPLETED", "USD");
                        rows.orderRole(id, party, "BILL_TO_CUSTOMER");
                        rows.item(id, "00001", BigDecimal.ONE, null, BigDecimal.valueOf(20 + customer % 7 * 15),
                                null);
                    }
                }
            }
        }
    }

    private static final RecomputeSettings SETTINGS = RecomputeSettings.defaults(CountingRules.defaults(AS_OF));

    /** The recompute as a node runs it: over the OFBiz tables in {@code db}, reading orders through {@code ledger}. */
    static RecomputeService service(DataSource db, PluginStore store, OrderLedger ledger) {
        RunRepository runs = new RunRepository(store, Clock.systemUTC(), 5);
        Recompute recompute = recompute(db, store, ledger, runs);
        return new RecomputeService() {
            @Override
            public RunRepository.Claim claim(String triggeredBy) {
                return runs.claim(triggeredBy, AS_OF);
            }

            @Override
            public void recompute(long claimedRunId) {
                recompute.runClaimed(SETTINGS, claimedRunId, m -> { });
            }

            @Override
            public void cancel(long claimedRunId, String reason) {
                runs.fail(claimedRunId, reason);
            }
        };
    }

    /** A recompute to its end in this thread, as of {@link #AS_OF}. */
    static RunRecord recomputeNow(DataSource db, PluginStore store) {
        return recompute(db, store, ledger(db), new RunRepository(store, Clock.systemUTC(), 5)).run(SETTINGS, "test",
                m -> { });
    }

    private static Recompute recompute(DataSource db, PluginStore store, OrderLedger ledger, RunRepository runs) {
        Clock clock = Clock.systemUTC();
        return new Recompute(new OfbizContactDirectory(db, List.of("CUSTOMER")), ledger, store, runs,
                new TierPolicyRepository(store, new SettingsRepository(store, clock), clock), clock);
    }

    static OrderLedger ledger(DataSource db) {
        return new OfbizOrderLedger(db, ZoneOffset.UTC);
    }
}
