package org.clvplugin.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/**
 * Tells a run that is still working from one left behind by a process that died. This process holds a lease on
 * each of its runs: a session lock on a connection kept open for the run (an advisory lock on PostgreSQL, a named
 * lock on MySQL and MariaDB), so every node sharing the database sees it, and the database frees it the moment the
 * process's connection goes away (killed, crashed). H2 is opened by one process only, so a run it does not hold
 * itself is abandoned. A QUEUED run waits for the scheduler, which may hand it to any node of a cluster: it is
 * alive for {@link #QUEUED_GRACE} after it was requested, then abandoned unless a node has begun it.
 */
final class RunLeases {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLeases.class);

    /**
     * The lock of one run, named by the schema (PostgreSQL) or database (MySQL) too: run ids restart in each, and
     * two plugins in one server must not take each other's runs for alive. MySQL's lock names are server-wide and
     * at most 64 characters, hence the digest of the database's name.
     */
    private enum LockSql {
        POSTGRESQL("SELECT pg_try_advisory_lock(hashtext('clv-run:' || current_schema()), ?)",
                "SELECT pg_advisory_unlock(hashtext('clv-run:' || current_schema()), ?)"),
        MYSQL("SELECT GET_LOCK(CONCAT('clv-run-', ?, '-', MD5(DATABASE())), 0)",
                "SELECT RELEASE_LOCK(CONCAT('clv-run-', ?, '-', MD5(DATABASE())))");

        private final String tryLock;
        private final String unlock;

        LockSql(String tryLock, String unlock) {
            this.tryLock = tryLock;
            this.unlock = unlock;
        }
    }

    /** Far longer than the scheduler takes to hand a requested run to a node (it fires at once; misfire at 60 s). */
    static final Duration QUEUED_GRACE = Duration.ofMinutes(2);

    private final DataSource dataSource;
    /** Null on H2, whose runs only this process can hold. */
    private final LockSql sql;
    private final Map<Long, Optional<Connection>> held = new ConcurrentHashMap<>();

    RunLeases(DataSource dataSource, StoreDatabase database) {
        this.dataSource = dataSource;
        this.sql = switch (database) {
            case H2 -> null;
            case POSTGRESQL -> LockSql.POSTGRESQL;
            case MYSQL -> LockSql.MYSQL;
        };
    }

    /** Notes a run this process queued: on H2 only this process can begin it, and it is alive while this lives. */
    void queued(long runId) {
        if (sql == null) {
            held.put(runId, Optional.empty());
        }
    }

    void acquire(long runId) {
        if (held.getOrDefault(runId, Optional.empty()).isPresent()) {
            return;
        }
        if (sql == null) {
            held.put(runId, Optional.empty());
            return;
        }
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(true);
            if (!call(c, sql.tryLock, runId)) {
                c.close();
                throw new IllegalStateException("run " + runId + " is already held by another process");
            }
            held.put(runId, Optional.of(c));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hold run " + runId + ": " + e.getMessage(), e);
        }
    }

    void release(long runId) {
        Optional<Connection> lease = held.remove(runId);
        if (lease != null && lease.isPresent()) {
            // Closing the session frees its lock.
            try {
                lease.get().close();
            } catch (SQLException e) {
                LOG.debug("closing the lease of run {}", runId, e);
            }
        }
    }

    /** True when no process holds the run any more, or will begin it. */
    boolean abandoned(RunRecord run, Instant now) {
        long runId = run.id();
        if (held.containsKey(runId)) {
            return false;
        }
        if (sql == null) {
            return true;
        }
        if (run.state() == RunRecord.State.QUEUED) {
            return run.requestedAt().plus(QUEUED_GRACE).isBefore(now);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!call(c, sql.tryLock, runId)) {
                return false;
            }
            call(c, sql.unlock, runId);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell whether run " + runId + " is alive: " + e.getMessage(), e);
        }
    }

    void releaseAll() {
        held.keySet().forEach(this::release);
    }

    /** Runs a lock function of the run; true when it answered 1 (MySQL) or true (PostgreSQL). */
    private static boolean call(Connection c, String function, long runId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(function)) {
            s.setInt(1, Math.toIntExact(runId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
