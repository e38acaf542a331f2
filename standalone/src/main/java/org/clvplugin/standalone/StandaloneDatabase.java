package org.clvplugin.standalone;

import java.nio.file.Path;
import java.util.Locale;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The standalone host's database: by default an H2 file database under the data directory, or the PostgreSQL
 * (or H2) named by a JDBC URL, with user and password from the options or CLV_DB_USER / CLV_DB_PASSWORD.
 */
final class StandaloneDatabase {

    private StandaloneDatabase() {
    }

    static String defaultUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("clv") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    static DataSource open(String url, String user, String password) {
        String u = user != null ? user : System.getenv().getOrDefault("CLV_DB_USER", "");
        String p = password != null ? password : System.getenv().getOrDefault("CLV_DB_PASSWORD", "");
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return JdbcConnectionPool.create(url, u.isEmpty() ? "sa" : u, p);
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(u);
            pg.setPassword(p);
            pg.setReWriteBatchedInserts(true);
            // A pool: opening a PostgreSQL connection (with SCRAM authentication) takes milliseconds, and every
            // API request, run and scheduler check-in needs one (measured: cards took 100+ ms without it).
            HikariConfig pool = new HikariConfig();
            pool.setDataSource(pg);
            pool.setPoolName("clv");
            pool.setMaximumPoolSize(16);
            return new HikariDataSource(pool);
        }
        throw new IllegalArgumentException("--db must be a jdbc:h2: or jdbc:postgresql: URL, was " + url);
    }
}
