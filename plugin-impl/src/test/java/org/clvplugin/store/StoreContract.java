package org.clvplugin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.host.ofbiz.OfbizTables;
import org.clvplugin.tiers.TierState;
import org.clvplugin.testsupport.TestReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plugin's tables on a real database: the H2 and PostgreSQL subclasses run the same cases. */
abstract class StoreContract {

    abstract DataSource database();

    private DataSource db;
    private PluginStore store;

    @BeforeEach
    void open() throws SQLException {
        db = database();
        try (Connection c = db.getConnection()) {
            // As inside OFBiz: the plugin's tables go into a database that already holds OFBiz's.
            OfbizTables.create(c);
        }
        store = PluginStore.open(db);
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the database was not there and the test was skipped
            store.close();
        }
    }

    @Test
    void migrationsCreatePrefixedTablesThatHibernateValidatesAndReopenCleanly() throws SQLException {
        store.close();
        store = PluginStore.open(db);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            String q = c.getMetaData().getIdentifierQuoteString(); // Flyway quotes its history table's names
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM " + q + "CLV_SCHEMA_HISTORY" + q + " WHERE " + q
                    + "success" + q + " = TRUE")) {
                assertTrue(rs.next());
                assertTrue(rs.getInt(1) >= 1);
            }
        }
    }

    @Test
    void aRunIsVisibleOnlyOncePublishedAndAFailedRunLeavesThePreviousOne() throws SQLException {
        RunRepository runs = new RunRepository(store, Clock.systemUTC(), 3);
        PublishedValues values = new PublishedValues(store);
        RunRecord first = runs.start("test", LocalDate.of(2024, 6, 30));
        write(first.id(), "ANN", 100);
        assertFalse(values.ofContact("ANN").isPresent(), "not visible before publication");
        runs.publish(first.id(), TestReports.empty("bgnbd"));
        assertEquals(100, values.ofContact("ANN").orElseThrow().clv());
        assertEquals("Champions", values.ofContact("ANN").orElseThrow().segment());
        assertEquals(4, values.ofContact("ANN").orElseThrow().rfm()[1].intValue());
        assertEquals(first.id(), runs.published().orElseThrow().id());
        assertEquals(java.util.Map.of("ANN", new TierState("GOLD", 2, 1, LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 6, 1))), values.tierStates(), "hysteresis state for the next run");

        RunRecord second = runs.start("test", LocalDate.of(2024, 7, 31));
        write(second.id(), "ANN", 250);
        runs.fail(second.id(), "the fit failed");
        assertEquals(100, values.ofContact("ANN").orElseThrow().clv(), "the failed run is never visible");
        assertEquals(RunRecord.State.FAILED, runs.find(second.id()).orElseThrow().state());
        assertThrows(IllegalStateException.class, () -> runs.publish(second.id(), TestReports.empty("bgnbd")));

        RunRecord third = runs.start("test", LocalDate.of(2024, 8, 31));
        write(third.id(), "ANN", 300);
        runs.publish(third.id(), TestReports.empty("bgnbd"));
        assertEquals(300, values.ofContact("ANN").orElseThrow().clv());
        assertEquals(1, values.contacts());
    }

    @Test
    void whatIsWrittenWithThePublicationCommitsWithItOrNotAtAll() throws SQLException {
        RunRepository runs = new RunRepository(store, Clock.systemUTC(), 3);
        PublishedValues values = new PublishedValues(store);
        long rule;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO CLV_RULE (NAME, ENABLED, TRIGGER_SPEC, ACTION_SPEC, CREATED_AT, UPDATED_AT)"
                    + " VALUES ('r', TRUE, '{}', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            var rs = s.executeQuery("SELECT MAX(RULE_ID) FROM CLV_RULE");
            rs.next();
            rule = rs.getLong(1);
        }
        String insert = "INSERT INTO CLV_OUTBOX (RULE_ID, RUN_ID, PARTY_ID, TRANSITION_KEY, ACTION_KIND, PAYLOAD,"
                + " IDEMPOTENCY_KEY, STATE, CREATED_AT) VALUES (" + rule + ", %d, 'ANN', 'K', 'TASK', '{}', '%s',"
                + " 'PENDING', CURRENT_TIMESTAMP)";
        RunRecord crashed = runs.start("test", LocalDate.of(2024, 6, 30));
        write(crashed.id(), "ANN", 100);
        assertThrows(RuntimeException.class, () -> runs.publish(crashed.id(), TestReports.empty("bgnbd"), c -> {
            c.createStatement().executeUpdate(String.format(insert, crashed.id(), "key-1"));
            throw new SQLException("the process died here");
        }));
        assertFalse(values.publishedRunId().isPresent(), "not published");
        assertEquals(0, count("CLV_OUTBOX"), "and no action of the unpublished run");
        runs.fail(crashed.id(), "the process died here"); // as the recompute does with a failed publication

        RunRecord next = runs.start("test", LocalDate.of(2024, 6, 30));
        write(next.id(), "ANN", 100);
        runs.publish(next.id(), TestReports.empty("bgnbd"),
                c -> c.createStatement().executeUpdate(String.format(insert, next.id(), "key-2")));
        assertEquals(next.id(), values.publishedRunId().orElseThrow());
        assertEquals(1, count("CLV_OUTBOX"), "published with its action");
    }

    private long count(String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aRunInterruptedByAStoppedProcessIsMarkedFailedAtTheNextStart() throws SQLException {
        RunRepository runs = new RunRepository(store, Clock.systemUTC(), 3);
        RunRecord published = runs.start("test", LocalDate.of(2024, 6, 30));
        write(published.id(), "ANN", 100);
        runs.publish(published.id(), TestReports.empty("bgnbd"));
        RunRecord killed = runs.start("test", LocalDate.of(2024, 7, 31));
        write(killed.id(), "ANN", 999);
        assertEquals(0, runs.failInterrupted(), "a run this process is working on is not interrupted");
        assertEquals(killed.id(), runs.running().orElseThrow().id());
        // The process dies here (closing the store drops what it held); a new one opens the store.
        store.close();
        store = PluginStore.open(db);
        RunRepository afterRestart = new RunRepository(store, Clock.systemUTC(), 3);
        assertEquals(1, afterRestart.failInterrupted());
        RunRecord marked = afterRestart.find(killed.id()).orElseThrow();
        assertEquals(RunRecord.State.FAILED, marked.state());
        assertEquals("interrupted: the process stopped during the run", marked.errorMessage());
        assertEquals(100, new PublishedValues(store).ofContact("ANN").orElseThrow().clv());
        assertEquals(0, afterRestart.failInterrupted());
    }

    @Test
    void aRunHeldByAnotherNodeOfASharedDatabaseIsLeftAlone() {
        RunRecord running = new RunRepository(store, Clock.systemUTC(), 3).start("node-a", LocalDate.of(2024, 6, 30));
        try (PluginStore otherNode = PluginStore.open(db)) {
            RunRepository seenByOther = new RunRepository(otherNode, Clock.systemUTC(), 3);
            if (StoreDatabase.of(db).sharedByNodes()) {
                assertEquals(0, seenByOther.failInterrupted(), "node A still holds its run");
                assertEquals(running.id(), seenByOther.running().orElseThrow().id());
            } else {
                // H2 is opened by one process: a run it does not hold itself is one a stopped process left.
                assertEquals(1, seenByOther.failInterrupted());
            }
        }
    }

    @Test
    void ofRequestsAtOnceExactlyOneGetsARunAndTheOthersNameIt() throws Exception {
        RunRepository runs = new RunRepository(store, Clock.systemUTC(), 3);
        int requests = 20;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<RunRepository.Claim>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String by = "admin-" + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return runs.claim(by, LocalDate.of(2024, 6, 30));
                }));
            }
            go.countDown();
            List<RunRepository.Claim> claims = new java.util.ArrayList<>();
            for (var a : answers) {
                claims.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            List<RunRepository.Claim> started = claims.stream().filter(RunRepository.Claim::started).toList();
            assertEquals(1, started.size(), "exactly one run: " + claims);
            long run = started.get(0).runId();
            assertTrue(claims.stream().allMatch(c -> c.runId() == run), "the others name run " + run + ": " + claims);
            assertEquals(1, count("CLV_RUN"), "no other run was even recorded");
            assertEquals(RunRecord.State.QUEUED, runs.find(run).orElseThrow().state());
            assertEquals(run, runs.running().orElseThrow().id(), "a queued run is in progress");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void publishingOrFailingARunFreesItsPlaceAndAGivenUpRunNeverBegins() {
        RunRepository runs = new RunRepository(store, Clock.systemUTC(), 3);
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        RunRepository.Claim first = runs.claim("a", asOf);
        assertFalse(runs.claim("b", asOf).started());
        RunRecord begun = runs.begin(first.runId()).orElseThrow();
        assertEquals(RunRecord.State.RUNNING, begun.state());
        assertEquals(first.runId(), assertThrows(RunInProgressException.class, () -> runs.start("c", asOf)).runId());
        runs.publish(first.runId(), TestReports.empty("bgnbd"));

        RunRepository.Claim second = runs.claim("d", asOf);
        assertTrue(second.started(), "the published run freed its place");
        runs.fail(second.runId(), "the scheduler could not start the run");
        assertTrue(runs.begin(second.runId()).isEmpty(), "a run given up is not begun");
        assertEquals(RunRecord.State.FAILED, runs.find(second.runId()).orElseThrow().state());
        assertTrue(runs.claim("e", asOf).started(), "the failed run freed its place");
    }

    @Test
    void aQueuedRunNoNodeBeginsIsGivenUpAfterItsGrace() {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        RunRepository.Claim queued = new RunRepository(store, Clock.systemUTC(), 3).claim("node-a", asOf);
        try (PluginStore otherNode = PluginStore.open(db)) {
            RunRepository now = new RunRepository(otherNode, Clock.systemUTC(), 3);
            RunRepository later = new RunRepository(otherNode, Clock.offset(Clock.systemUTC(),
                    RunLeases.QUEUED_GRACE.plusSeconds(1)), 3);
            if (StoreDatabase.of(db).sharedByNodes()) {
                // Any node of the cluster may begin it: node A's scheduler has it.
                assertEquals(queued.runId(), now.claim("node-b", asOf).runId());
                assertFalse(now.claim("node-b", asOf).started());
            }
            RunRepository.Claim taken = later.claim("node-b", asOf);
            assertTrue(taken.started());
            RunRecord given = now.find(queued.runId()).orElseThrow();
            assertEquals(RunRecord.State.FAILED, given.state());
            assertTrue(given.errorMessage().startsWith(StoreDatabase.of(db).sharedByNodes()
                    ? "never began: no node took the run up within 2 minutes" : "never began"), given.errorMessage());
        }
    }

    @Test
    void aRunThatFailsWhileTheDatabaseIsGoneIsMarkedWithItsTrueReasonWhenItIsBack() {
        org.clvplugin.testsupport.SwitchableDataSource flaky = new org.clvplugin.testsupport.SwitchableDataSource(db);
        try (PluginStore node = PluginStore.open(flaky)) {
            RunRepository runs = new RunRepository(node, Clock.systemUTC(), 3);
            RunRecord run = runs.start("test", LocalDate.of(2024, 6, 30));
            flaky.goDown();
            String reason = "reading the host's orders failed: Connection refused (error id 1234abcd)";
            runs.fail(run.id(), reason); // as the recompute does; the database cannot take it now
            flaky.comeBack();
            RunRecord marked = runs.latest().orElseThrow();
            assertEquals(run.id(), marked.id());
            assertEquals(RunRecord.State.FAILED, marked.state());
            assertEquals(reason, marked.errorMessage(), "the true reason, not 'interrupted'");
            assertTrue(runs.claim("next", LocalDate.of(2024, 6, 30)).started(), "and its place is free");
        }
    }

    @Test
    void runsOfTwoPluginsInOneServerDoNotHoldEachOther() {
        // Run ids restart in every schema or database: the second plugin's run 1 is not the first one's.
        RunRecord first = new RunRepository(store, Clock.systemUTC(), 3).start("a", LocalDate.of(2024, 6, 30));
        DataSource secondDb = database();
        try (PluginStore second = PluginStore.open(secondDb)) {
            RunRepository secondRuns = new RunRepository(second, Clock.systemUTC(), 3);
            RunRecord secondRun = secondRuns.start("b", LocalDate.of(2024, 6, 30));
            assertEquals(first.id(), secondRun.id(), "both are their plugin's first run");
            assertEquals(0, new RunRepository(store, Clock.systemUTC(), 3).failInterrupted());
        }
    }

    @Test
    void historyIsTrimmedToTheRunsKept() throws SQLException {
        RunRepository runs = new RunRepository(store, Clock.systemUTC(), 2);
        long firstId = 0;
        for (int i = 0; i < 4; i++) {
            RunRecord run = runs.start("test", LocalDate.of(2024, 1 + i, 1));
            firstId = i == 0 ? run.id() : firstId;
            write(run.id(), "ANN", 10 * i);
            runs.publish(run.id(), TestReports.empty("bgnbd"));
        }
        assertFalse(runs.find(firstId).isPresent(), "the oldest run is gone");
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(DISTINCT RUN_ID) FROM CLV_SNAPSHOT")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "snapshot rows of trimmed runs go with them");
        }
    }

    @Test
    void aTierPolicyIsSavedOnlyWhenValidAndLoadsBack() {
        SettingsRepository settings = new SettingsRepository(store, Clock.systemUTC());
        TierPolicyRepository policies = new TierPolicyRepository(store, settings, Clock.systemUTC());
        assertEquals(org.clvplugin.tiers.TierPolicy.defaults(), policies.load(), "the defaults until one is saved");
        var policy = new org.clvplugin.tiers.TierPolicy(org.clvplugin.tiers.TierBasis.CLV_PERCENTILE,
                java.util.List.of(new org.clvplugin.tiers.Tier("REST", "The rest", "#654321", 0),
                        new org.clvplugin.tiers.Tier("TOP", "Top 10 %", "#123456", 90)),
                new org.clvplugin.tiers.Hysteresis(30, 60, org.clvplugin.tiers.Hysteresis.Unit.DAYS));
        var topOnly = new org.clvplugin.tiers.TierPolicy(org.clvplugin.tiers.TierBasis.CLV_PERCENTILE,
                java.util.List.of(policy.tiers().get(1)), policy.hysteresis());
        assertEquals("tiers[0].threshold", assertThrows(InvalidFieldsException.class,
                () -> policies.save(topOnly, "admin")).errors().get(0).field(), "the first tier starts at 0");
        policies.save(policy, "admin");
        assertEquals(policy, policies.load());
        var bad = new org.clvplugin.tiers.TierPolicy(org.clvplugin.tiers.TierBasis.PREDICTED_CLV,
                java.util.List.of(new org.clvplugin.tiers.Tier("", "X", "#123456", 1)),
                org.clvplugin.tiers.Hysteresis.DEFAULT);
        var e = assertThrows(InvalidFieldsException.class, () -> policies.save(bad, "admin"));
        assertEquals("tiers[0].key", e.errors().get(0).field());
        assertEquals(policy, policies.load(), "a refused policy changes nothing");
    }

    @Test
    void settingsHoldTheRunsKept() {
        SettingsRepository settings = new SettingsRepository(store, Clock.systemUTC());
        assertEquals(SettingsRepository.DEFAULT_RUNS_KEPT, settings.runsKept());
        settings.put(SettingsRepository.RUNS_KEPT, "5", "test");
        assertEquals(5, settings.runsKept());
        settings.put(SettingsRepository.RUNS_KEPT, "0", "test");
        assertEquals("setting history.runsKept must be a whole number >= 1, is '0'",
                assertThrows(IllegalStateException.class, settings::runsKept).getMessage());
    }

    @Test
    void negativeOrNonFiniteFiguresAreRefused() throws SQLException {
        RunRecord run = new RunRepository(store, Clock.systemUTC(), 3).start("test", LocalDate.of(2024, 6, 30));
        try (SnapshotWriter writer = new SnapshotWriter(store, run.id())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> writer.write(row("BAD", Double.NaN)));
            assertTrue(e.getMessage().startsWith("contact BAD: a figure is NaN"), e.getMessage());
        }
    }

    private void write(long runId, String party, double clv) throws SQLException {
        try (SnapshotWriter writer = new SnapshotWriter(store, runId)) {
            writer.write(row(party, clv));
            assertEquals(1, writer.written());
        }
    }

    private static SnapshotWriter.Row row(String party, double clv) {
        return new SnapshotWriter.Row(party,
                new SnapshotWriter.History(3, 2, 10, 20, 25, 75, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 11)),
                new SnapshotWriter.Prediction(1.5, 0.8, "bgnbd", 25, clv, clv / 2, clv * 2, 2, 0.95, 60),
                new SnapshotWriter.RfmScores("Champions", 5, 4, 3),
                new TierState("GOLD", 2, 1, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1)), 120, "REP_ANNA",
                "Contact " + party);
    }
}
