package org.clvplugin.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.clvplugin.store.PluginStore;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.StoreDatabase;
import org.clvplugin.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;

/**
 * Two scheduler nodes on one database (PostgreSQL, MariaDB): each scheduled run executes once, and a dead node's
 * run is recovered by the other.
 */
abstract class ClusteredScheduleContract {

    /** A fresh, empty database of the kind under test. */
    abstract DataSource database();

    private static final Duration CHECKIN = Duration.ofMillis(500);

    /** What a node executed: the scheduled time of each run and whether it was a recovery. */
    record Execution(String node, long scheduledFor, boolean recovering) {
    }

    private static JobListener recordingInto(List<Execution> executions, String node) {
        return new JobListener() {
            @Override
            public String getName() {
                return "record-" + node;
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext context) {
                executions.add(new Execution(node, context.getScheduledFireTime().getTime(), context.isRecovering()));
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext context) {
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
            }
        };
    }

    @Test
    void eachScheduledRunExecutesOnExactlyOneOfTwoNodes() throws Exception {
        DataSource db = database();
        List<Execution> executions = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        RecomputeService slowCount = new RecomputeService() {
            private final AtomicInteger ids = new AtomicInteger();

            @Override
            public RunRepository.Claim claim(String triggeredBy) {
                return new RunRepository.Claim(ids.incrementAndGet(), true);
            }

            @Override
            public void recompute(long claimedRunId) {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            }

            @Override
            public void cancel(long claimedRunId, String reason) {
                throw new AssertionError("nothing is given up here");
            }
        };
        try (PluginStore store = PluginStore.open(db)) {
            String everySecond = "* * * * * ?";
            try (RecomputeScheduler a = RecomputeScheduler.start(slowCount, everySecond, ZoneOffset.UTC,
                    new JobStore.Clustered(db, StoreDatabase.of(db), CHECKIN));
                 RecomputeScheduler b = RecomputeScheduler.start(slowCount, everySecond, ZoneOffset.UTC,
                         new JobStore.Clustered(db, StoreDatabase.of(db), CHECKIN))) {
                a.quartz().getListenerManager().addJobListener(recordingInto(executions, "a"));
                b.quartz().getListenerManager().addJobListener(recordingInto(executions, "b"));
                assertFalse(a.instanceId().equals(b.instanceId()));
                Thread.sleep(8_000);
            }
        }
        List<Execution> seen = List.copyOf(executions);
        Set<Long> times = new HashSet<>();
        for (Execution e : seen) {
            assertTrue(times.add(e.scheduledFor()), "the run scheduled for " + e.scheduledFor()
                    + " executed on more than one node: " + seen);
        }
        assertTrue(seen.size() >= 5, "about one run a second for 8 s, got " + seen);
        assertEquals(1, mostAtOnce.get(), "never two runs at once across the cluster");
    }

    @Test
    void eachDeliveryPassRunsOnOneNodeOfTheCluster() throws Exception {
        DataSource db = database();
        java.util.Map<String, AtomicInteger> passes = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        java.util.function.Function<String, Runnable> pass = node -> () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            passes.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
            running.decrementAndGet();
        };
        try (PluginStore store = PluginStore.open(db);
             RecomputeScheduler a = RecomputeScheduler.start(SmallOfbizHost.service(db, store,
                     SmallOfbizHost.ledger(db)), RecomputeScheduler.DEFAULT_CRON, ZoneOffset.UTC,
                     new JobStore.Clustered(db, StoreDatabase.of(db), CHECKIN));
             RecomputeScheduler b = RecomputeScheduler.start(SmallOfbizHost.service(db, store,
                     SmallOfbizHost.ledger(db)), RecomputeScheduler.DEFAULT_CRON, ZoneOffset.UTC,
                     new JobStore.Clustered(db, StoreDatabase.of(db), CHECKIN))) {
            a.scheduleDelivery(pass.apply("a"), java.time.Duration.ofSeconds(1));
            b.scheduleDelivery(pass.apply("b"), java.time.Duration.ofSeconds(1));
            Thread.sleep(8_000);
        }
        int total = passes.values().stream().mapToInt(AtomicInteger::get).sum();
        // One pass per second for the cluster (about 8), not one per node (about 16).
        assertTrue(total >= 4 && total <= 11, "passes by node: " + passes);
        assertEquals(1, mostAtOnce.get(), "never two passes at once");
    }

    @Test
    void aRunWhoseNodeIsKilledIsRecoveredByTheOtherNode() throws Exception {
        DataSource db = database();
        SmallOfbizHost.createOrders(db);
        try (PluginStore store = PluginStore.open(db)) {
            RecomputeService here = SmallOfbizHost.service(db, store, SmallOfbizHost.ledger(db));
            RunRecord before = SmallOfbizHost.recomputeNow(db, store);
            assertEquals(RunRecord.State.SUCCEEDED, before.state());
            RunRepository runs = new RunRepository(store, java.time.Clock.systemUTC(), 5);
            PublishedValues values = new PublishedValues(store);
            double clvBefore = values.ofContact("C005").orElseThrow().clv();

            Process nodeA = startNodeProcess(db);
            try {
                awaitLine(nodeA, "MID-RUN");
                RunRecord killed = runs.running().orElseThrow(() -> new AssertionError("node A's run is running"));
                assertEquals("node-a", killed.triggeredBy());
                assertEquals(0, runs.failInterrupted(), "a run held by a live node is left alone");

                List<Execution> executions = Collections.synchronizedList(new ArrayList<>());
                try (RecomputeScheduler nodeB = RecomputeScheduler.start(here, RecomputeScheduler.DEFAULT_CRON,
                        ZoneOffset.UTC, new JobStore.Clustered(db, StoreDatabase.of(db), CHECKIN))) {
                    nodeB.quartz().getListenerManager().addJobListener(recordingInto(executions, "b"));
                    nodeA.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                    while (runs.published().orElseThrow().id() == before.id() && System.nanoTime() < deadline) {
                        // Until node A's run is published half-way, readers keep seeing the run before it.
                        assertEquals(clvBefore, values.ofContact("C005").orElseThrow().clv());
                        Thread.sleep(250);
                    }
                }
                RunRecord recovered = runs.published().orElseThrow();
                assertTrue(recovered.id() > killed.id(), "a new run was published after node A died");
                assertEquals(RunRecord.State.SUCCEEDED, recovered.state());
                assertEquals("recovery", recovered.triggeredBy());
                RunRecord marked = runs.find(killed.id()).orElseThrow();
                assertEquals(RunRecord.State.FAILED, marked.state());
                assertEquals("interrupted: the process stopped during the run", marked.errorMessage());
                assertTrue(executions.stream().anyMatch(Execution::recovering),
                        "node B ran node A's job as a recovery: " + executions);
                assertEquals(clvBefore, values.ofContact("C005").orElseThrow().clv(), 1e-9,
                        "the same orders give the same value");
            } finally {
                nodeA.destroyForcibly();
            }
        }
    }

    private static Process startNodeProcess(DataSource db) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classpath, ClusterNodeProcess.class.getName(),
                TestDatabases.urlForAnotherProcess(db)).redirectErrorStream(true).start();
    }

    private static void awaitLine(Process process, String wanted) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.equals(wanted)) {
                return;
            }
        }
        fail("node A did not reach " + wanted + "; it printed:\n" + seen);
    }
}
