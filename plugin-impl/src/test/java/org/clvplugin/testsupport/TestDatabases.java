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
 * Fresh, empty databases for integration tests: an in-memory H2 database, or a new schema in the PostgreSQL named
 * by CLV_TEST_PG_URL, CLV_TEST_PG_USER and CLV_TEST_PG_PASSWORD (set by .ci/run). Without those variables a
 * PostgreSQL test is skipped with a message, unless clv.requireExternal=true (as in CI), where it fails.
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

    public static DataSource postgres() {
        String url = System.getenv("CLV_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String message = "CLV_TEST_PG_URL is not set: PostgreSQL integration tests need a server "
                    + "(.ci/run starts one; see README)";
            if (Boolean.getBoolean("clv.requireExternal")) {
                fail(message + " (clv.requireExternal=true makes this a failure)");
            }
            abort(message);
        }
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
