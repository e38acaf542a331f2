package org.clvplugin.standalone.host;

import java.nio.file.Path;
import java.util.Locale;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The standalone host's database: by default an H2 file database under the data directory, or the PostgreSQL,
 * MariaDB/MySQL (or H2) named by a JDBC URL, with user and password from the options or CLV_DB_USER / CLV_DB_PASSWORD.
 */
public final class StandaloneDatabase {

    /** The API works on 12 requests at once (web.xml), which leaves 4 connections to runs and the scheduler. */
    static final int POOL_SIZE = 16;
    /** How long a request waits for a connection before it is answered that the database is unavailable. */
    static final java.time.Duration CONNECTION_TIMEOUT = java.time.Duration.ofSeconds(3);

    private StandaloneDatabase() {
    }

    /**
     * The database of the URL, or without one the H2 file database under the data directory (made, with the
     * directory, readable by this user alone); a null user or password is taken from CLV_DB_USER / CLV_DB_PASSWORD.
     */
    public static DataSource open(Path dataDir, String url, String user, String password) {
        try {
            DataDirectory.create(dataDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the data directory " + dataDir + " cannot be made: "
                    + e.getMessage(), e);
        }
        if (url != null) {
            return open(url, user, password);
        }
        DataSource h2 = open(defaultUrl(dataDir), user, password);
        try (java.sql.Connection c = h2.getConnection()) {
            DataDirectory.protectDatabaseFiles(dataDir); // the file exists once a connection is open
        } catch (java.sql.SQLException | java.io.IOException e) {
            ((JdbcConnectionPool) h2).dispose();
            if (e instanceof java.sql.SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                throw new DataDirectoryInUseException(dataDir, e);
            }
            throw new IllegalStateException("cannot open the H2 database in " + dataDir + ": " + e.getMessage(), e);
        }
        return h2;
    }

    /** H2's error code for a database file another process holds open. */
    private static final int H2_DATABASE_IN_USE = 90020;

    /** The embedded database of the data directory is open in another process (a demo or server still running). */
    public static final class DataDirectoryInUseException extends IllegalStateException {
        DataDirectoryInUseException(Path dataDir, Throwable cause) {
            super("the data folder " + dataDir.toAbsolutePath() + " is in use by another clv (a demo or server still "
                    + "running?): stop that one, or give --data-dir another folder", cause);
        }
    }

    public static String defaultUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("clv") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public static DataSource open(String url, String user, String password) {
        String u = user != null ? user : System.getenv().getOrDefault("CLV_DB_USER", "");
        String p = password != null ? password : System.getenv().getOrDefault("CLV_DB_PASSWORD", "");
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            JdbcConnectionPool h2 = JdbcConnectionPool.create(url, u.isEmpty() ? "sa" : u, p);
            h2.setMaxConnections(POOL_SIZE);
            h2.setLoginTimeout((int) CONNECTION_TIMEOUT.toSeconds());
            return h2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(u);
            pg.setPassword(p);
            pg.setReWriteBatchedInserts(true);
            return pooled(pg);
        }
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            try {
                // MariaDB's driver speaks to MySQL too, under its own URL scheme.
                String mariadbUrl = lower.startsWith("jdbc:mysql:")
                        ? "jdbc:mariadb:" + url.substring("jdbc:mysql:".length()) : url;
                org.mariadb.jdbc.MariaDbDataSource maria = new org.mariadb.jdbc.MariaDbDataSource(mariadbUrl);
                maria.setUser(u);
                maria.setPassword(p);
                return pooled(maria);
            } catch (java.sql.SQLException e) {
                throw new IllegalArgumentException("--db: " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("--db must be a jdbc:h2:, jdbc:postgresql: or jdbc:mariadb: (or "
                + "jdbc:mysql:) URL, was " + url);
    }

    /**
     * A pool: opening a server connection (with SCRAM authentication on PostgreSQL) takes milliseconds, and every
     * API request, run and scheduler check-in needs one (measured on PostgreSQL: cards took 100+ ms without it).
     */
    private static DataSource pooled(DataSource server) {
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(server);
        pool.setPoolName("clv");
        pool.setMaximumPoolSize(POOL_SIZE);
        // A database that is gone is answered in seconds (503), not after Hikari's default 30 s.
        pool.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        return new HikariDataSource(pool);
    }
}
