package org.clvplugin.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The plugin's own tables: brought up to date by Flyway (migrations in {@code db/clv}, history in
 * CLV_SCHEMA_HISTORY, so the plugin's tables can live in the host's database beside OFBiz's), then mapped by
 * Hibernate, which validates every mapping against them at start. On PostgreSQL the migrations in
 * {@code db/clv-postgresql} add the tables of Quartz's clustered job store (prefix CLV_QRTZ_); H2 hosts one node and
 * schedules in memory, so it does not get them. MySQL and MariaDB take {@code db/clv-mysql} instead of
 * {@code db/clv}: the same tables in their SQL, and one node as on H2.
 */
public final class PluginStore implements AutoCloseable {

    private final DataSource dataSource;
    private final SessionFactory sessions;
    private final boolean postgres;
    private final RunLeases leases;

    private PluginStore(DataSource dataSource, SessionFactory sessions, boolean postgres) {
        this.dataSource = dataSource;
        this.sessions = sessions;
        this.postgres = postgres;
        this.leases = new RunLeases(dataSource, postgres);
    }

    /** Migrates the plugin's tables and opens the store; fails with the reason when a mapping does not match. */
    public static PluginStore open(DataSource dataSource) {
        String product = productName(dataSource);
        boolean postgres = product.contains("postgres");
        boolean mysql = product.contains("mysql") || product.contains("mariadb");
        Flyway.configure()
                .dataSource(dataSource)
                .locations(postgres ? new String[] {"classpath:db/clv", "classpath:db/clv-postgresql"}
                        : mysql ? new String[] {"classpath:db/clv-mysql"} : new String[] {"classpath:db/clv"})
                .table("CLV_SCHEMA_HISTORY")
                // The host's database already holds OFBiz's tables: start the plugin's history beside them.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        SessionFactory sessions = new HibernatePersistenceConfiguration("clv")
                .managedClasses(RunRecord.class, PublishedRun.class, SnapshotRow.class, SettingRecord.class,
                        TierRecord.class, TierChangeRecord.class, RuleRecord.class, OutboxRecord.class,
                        AuditRecord.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.SHOW_SQL, false)
                .createEntityManagerFactory()
                .unwrap(SessionFactory.class);
        return new PluginStore(dataSource, sessions, postgres);
    }

    private static String productName(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the plugin's database: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** True on PostgreSQL, where several nodes may share the database (and the schedule is clustered). */
    public boolean postgres() {
        return postgres;
    }

    RunLeases leases() {
        return leases;
    }

    /** Runs work in one transaction and returns its result; rolled back if it throws. */
    public <T> T fromTransaction(Function<Session, T> work) {
        return sessions.fromTransaction(work);
    }

    /** Runs work in one transaction, rolled back if it throws. */
    public void inTransaction(Consumer<Session> work) {
        sessions.inTransaction(work);
    }

    @Override
    public void close() {
        leases.releaseAll();
        sessions.close();
    }
}
