package org.clvplugin.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases for integration tests: an in-memory H2 database, a new schema in the PostgreSQL named
 * by CLV_TEST_PG_URL, CLV_TEST_PG_USER and CLV_TEST_PG_PASSWORD, or a new database in the MariaDB named by
 * CLV_TEST_MARIADB_URL (a server URL, jdbc:mariadb://host:port/), CLV_TEST_MARIADB_USER and CLV_TEST_MARIADB_PASSWORD
 * (all set by .ci/run). Without those variables such a test is skipped with a message, unless
 * clv.requireExternal=true (as in CI), where it fails.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:clv" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** A JDBC URL of a fresh, empty schema in the test PostgreSQL (skipped or failed as {@link #postgres()}). */
    public static String postgresUrl() {
        return postgresUrlOf((PGSimpleDataSource) postgres());
    }

    private static String postgresUrlOf(PGSimpleDataSource pg) {
        String url = pg.getURL();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + pg.getCurrentSchema();
    }

    /** The server URL in the variable, or the test is skipped (failed when external services are required). */
    private static String server(String variable, String database) {
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            String message = variable + " is not set: " + database + " integration tests need a server "
                    + "(.ci/run starts one; see README)";
            if (Boolean.getBoolean("clv.requireExternal")) {
                fail(message + " (clv.requireExternal=true makes this a failure)");
            }
            abort(message);
        }
        return url;
    }

    /** A new, empty database in the test MariaDB (skipped or failed as PostgreSQL's). */
    public static DataSource mariadb() {
        try {
            org.mariadb.jdbc.MariaDbDataSource db = new org.mariadb.jdbc.MariaDbDataSource(mariadbUrl());
            db.setUser(mariadbUser());
            db.setPassword(mariadbPassword());
            return db;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDBC URL of a new, empty database in the test MariaDB (its user and password are not in it). */
    public static String mariadbUrl() {
        String url = server("CLV_TEST_MARIADB_URL", "MariaDB");
        String name = "clv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = java.sql.DriverManager.getConnection(url, mariadbUser(), mariadbPassword());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            fail("cannot reach the test MariaDB at " + url + ": " + e.getMessage());
        }
        return url + (url.endsWith("/") ? "" : "/") + name;
    }

    public static String mariadbUser() {
        return System.getenv().getOrDefault("CLV_TEST_MARIADB_USER", "clv");
    }

    public static String mariadbPassword() {
        return System.getenv().getOrDefault("CLV_TEST_MARIADB_PASSWORD", "clv");
    }

    /**
     * A URL that reaches {@code db} (made by this class) from another process, its user and password included (the
     * PostgreSQL schema too); {@link #fromUrl} opens it there.
     */
    public static String urlForAnotherProcess(DataSource db) {
        if (db instanceof PGSimpleDataSource pg) {
            return postgresUrlOf(pg) + "&user=" + pg.getUser() + "&password=" + pg.getPassword();
        }
        if (db instanceof org.mariadb.jdbc.MariaDbDataSource maria) {
            String url = maria.getUrl();
            return url + (url.contains("?") ? "&" : "?") + "user=" + maria.getUser() + "&password="
                    + mariadbPassword();
        }
        throw new IllegalArgumentException("not a server database: " + db);
    }

    /** The data source of a URL made by {@link #urlForAnotherProcess}. */
    public static DataSource fromUrl(String url) throws SQLException {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            return pg;
        }
        return new org.mariadb.jdbc.MariaDbDataSource(url);
    }

    public static DataSource postgres() {
        String url = server("CLV_TEST_PG_URL", "PostgreSQL");
        String schema = "clv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser(System.getenv().getOrDefault("CLV_TEST_PG_USER", "clv"));
        pg.setPassword(System.getenv().getOrDefault("CLV_TEST_PG_PASSWORD", "clv"));
        pg.setReWriteBatchedInserts(true);
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("cannot reach the test PostgreSQL at " + url + ": " + e.getMessage());
        }
        pg.setCurrentSchema(schema);
        return pg;
    }
}
