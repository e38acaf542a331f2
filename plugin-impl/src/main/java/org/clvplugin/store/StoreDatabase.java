package org.clvplugin.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The kinds of database the plugin's tables live in, and what each is able to do. H2 is opened by one process, so
 * it hosts one node; PostgreSQL, MySQL and MariaDB may be shared by several nodes, which then run one clustered
 * schedule and see each other's runs through session locks.
 */
public enum StoreDatabase {
    H2(new String[] {"classpath:db/clv"}),
    POSTGRESQL(new String[] {"classpath:db/clv", "classpath:db/clv-postgresql"}),
    /** MySQL and MariaDB: the same tables in their SQL, in one location of their own. */
    MYSQL(new String[] {"classpath:db/clv-mysql"});

    private final String[] migrations;

    StoreDatabase(String[] migrations) {
        this.migrations = migrations;
    }

    /** The kind of the database behind {@code dataSource}, from its product name. */
    public static StoreDatabase of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            return product.contains("mysql") || product.contains("mariadb") ? MYSQL : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the plugin's database: " + e.getMessage(), e);
        }
    }

    /** Flyway's locations of this kind's migrations. */
    String[] migrations() {
        return migrations.clone();
    }

    /** True when several nodes may share the database: the schedule is then clustered in it. */
    public boolean sharedByNodes() {
        return this != H2;
    }
}
