package org.clvplugin.schedule;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.LedgerReport;
import org.clvplugin.api.host.OrderLedger;
import javax.sql.DataSource;

import org.clvplugin.store.PluginStore;
import org.clvplugin.store.StoreDatabase;
import org.clvplugin.testsupport.TestDatabases;

/**
 * A cluster node in a process of its own, for the test that kills one: it starts a recompute on demand, reads the
 * orders, prints {@code MID-RUN} and then hangs until it is killed.
 * Argument: a JDBC URL made by {@link TestDatabases#urlForAnotherProcess}.
 */
public final class ClusterNodeProcess {

    private ClusterNodeProcess() {
    }

    public static void main(String[] args) throws Exception {
        DataSource db = TestDatabases.fromUrl(args[0]);
        PluginStore store = PluginStore.open(db);
        OrderLedger real = SmallOfbizHost.ledger(db);
        OrderLedger hanging = new OrderLedger() {
            @Override
            public LedgerReport streamCountedOrders(CountingRules rules, CountedOrderSink sink) {
                real.streamCountedOrders(rules, sink);
                System.out.println("MID-RUN");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("interrupted");
            }

            @Override
            public Optional<java.time.LocalDate> firstOrderDay(CountingRules rules) {
                return real.firstOrderDay(rules);
            }
        };
        RecomputeScheduler node = RecomputeScheduler.start(SmallOfbizHost.service(db, store, hanging),
                RecomputeScheduler.DEFAULT_CRON, ZoneOffset.UTC,
                new JobStore.Clustered(db, StoreDatabase.of(db), Duration.ofMillis(500)));
        System.out.println("NODE " + node.instanceId());
        node.triggerNow("node-a");
        Thread.sleep(Long.MAX_VALUE);
    }
}
