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
 * each of its runs; on PostgreSQL the lease is a session advisory lock on a connection kept open for the run, so
 * every node sharing the database sees it, and PostgreSQL frees it the moment the process's connection goes away
 * (killed, crashed). H2 is opened by one process only, so a run it does not hold itself is abandoned.
 */
final class RunLeases {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLeases.class);
    /** "CLVR" in the high half keeps the plugin's advisory locks apart from anyone else's in a shared database. */
    private static final long KEY_PREFIX = 0x434C5652_00000000L;

    private final DataSource dataSource;
    private final boolean postgres;
    private final Map<Long, Optional<Connection>> held = new ConcurrentHashMap<>();

    RunLeases(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    void acquire(long runId) {
        if (!postgres) {
            held.put(runId, Optional.empty());
            return;
        }
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(true);
            if (!tryLock(c, runId)) {
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
            // Closing the session frees its advisory lock.
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
        if (!postgres) {
            return true;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!tryLock(c, runId)) {
                return false;
            }
            try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, KEY_PREFIX | runId);
                unlock.execute();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell whether run " + runId + " is alive: " + e.getMessage(), e);
        }
    }

    void releaseAll() {
        held.keySet().forEach(this::release);
    }

    private static boolean tryLock(Connection c, long runId) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY_PREFIX | runId);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
