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
        PGSimpleDataSource pg = (PGSimpleDataSource) postgres();
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
        String url = server("CLV_TEST_MARIADB_URL", "MariaDB");
        String name = "clv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String user = System.getenv().getOrDefault("CLV_TEST_MARIADB_USER", "clv");
        String password = System.getenv().getOrDefault("CLV_TEST_MARIADB_PASSWORD", "clv");
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            fail("cannot reach the test MariaDB at " + url + ": " + e.getMessage());
        }
        try {
            org.mariadb.jdbc.MariaDbDataSource db = new org.mariadb.jdbc.MariaDbDataSource(
                    url + (url.endsWith("/") ? "" : "/") + name);
            db.setUser(user);
            db.setPassword(password);
            return db;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
