package org.clvplugin.schedule;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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

    /** The recompute as a node runs it: over the OFBiz tables in {@code db}, reading orders through {@code ledger}. */
    static RecomputeService service(DataSource db, PluginStore store, OrderLedger ledger) {
        Clock clock = Clock.systemUTC();
        RunRepository runs = new RunRepository(store, clock, 5);
        Recompute recompute = new Recompute(new OfbizContactDirectory(db, List.of("CUSTOMER")), ledger, store, runs,
                new TierPolicyRepository(store, new SettingsRepository(store, clock), clock), clock);
        return new RecomputeService() {
            @Override
            public RunRecord recompute(String triggeredBy) {
                return recompute.run(RecomputeSettings.defaults(CountingRules.defaults(AS_OF)), triggeredBy, m -> { });
            }

            @Override
            public Optional<RunRecord> running() {
                return runs.running();
            }
        };
    }

    static OrderLedger ledger(DataSource db) {
        return new OfbizOrderLedger(db, ZoneOffset.UTC);
    }
}
