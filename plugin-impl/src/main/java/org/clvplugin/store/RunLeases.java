package org.clvplugin.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/**
 * Tells a run that is still working from one left RUNNING by a process that died. This process holds a lease on
 * each of its runs: a session lock on a connection kept open for the run (an advisory lock on PostgreSQL, a named
 * lock on MySQL and MariaDB), so every node sharing the database sees it, and the database frees it the moment the
 * process's connection goes away (killed, crashed). H2 is opened by one process only, so a run it does not hold
 * itself is abandoned.
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

    void acquire(long runId) {
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

    /** True when no process holds the run any more. */
    boolean abandoned(long runId) {
        if (held.containsKey(runId)) {
            return false;
        }
        if (sql == null) {
            return true;
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
