package org.clvplugin.schedule;

import java.time.Duration;

import javax.sql.DataSource;

import org.clvplugin.store.StoreDatabase;

/**
 * Where Quartz keeps the schedule: in memory for one node, or in the plugin's tables in PostgreSQL, MySQL or MariaDB
 * for a cluster.
 */
public sealed interface JobStore {

    /** One node (the H2 default): the schedule lives in memory and is rebuilt from the settings at start. */
    record InMemory() implements JobStore {
    }

    /**
     * Every node sharing the database: Quartz's clustered JDBC store in the CLV_QRTZ_ tables. Each
     * scheduled run executes on exactly one node, and a node that stops checking in for about
     * {@code checkinInterval} plus 7.5 s has its interrupted run recovered by another.
     */
    record Clustered(DataSource dataSource, StoreDatabase database, Duration checkinInterval) implements JobStore {

        /** Quartz's own default check-in interval. */
        public static final Duration DEFAULT_CHECKIN = Duration.ofMillis(7500);

        /** Quartz's SQL for the database: its PostgreSQL delegate there, its standard one for MySQL and MariaDB. */
        String driverDelegate() {
            return database == StoreDatabase.POSTGRESQL ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                    : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
        }

        public Clustered {
            if (!database.sharedByNodes()) {
                throw new IllegalArgumentException(database + " hosts one node: its schedule is kept in memory");
            }
            if (checkinInterval.toMillis() < 100) {
                throw new IllegalArgumentException("the check-in interval must be at least 100 ms, was "
                        + checkinInterval);
            }
        }
    }
}
