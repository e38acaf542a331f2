package org.clvplugin.store;

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
 * {@code db/clv-postgresql} add the tables of Quartz's clustered job store (prefix CLV_QRTZ_); MySQL and MariaDB take
 * {@code db/clv-mysql} instead of {@code db/clv}: the same tables, Quartz's included, in their SQL. H2 hosts one node
 * and schedules in memory, so it does not get Quartz's tables.
 */
public final class PluginStore implements AutoCloseable {

    private final DataSource dataSource;
    private final SessionFactory sessions;
    private final StoreDatabase database;
    private final RunLeases leases;

    private PluginStore(DataSource dataSource, SessionFactory sessions, StoreDatabase database) {
        this.dataSource = dataSource;
        this.sessions = sessions;
        this.database = database;
        this.leases = new RunLeases(dataSource, database);
    }

    /** Migrates the plugin's tables and opens the store; fails with the reason when a mapping does not match. */
    public static PluginStore open(DataSource dataSource) {
        StoreDatabase database = StoreDatabase.of(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations(database.migrations())
                .table("CLV_SCHEMA_HISTORY")
                // The host's database already holds OFBiz's tables: start the plugin's history beside them.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        SessionFactory sessions = new HibernatePersistenceConfiguration("clv")
                .managedClasses(RunRecord.class, PublishedRun.class, SnapshotRow.class, SettingRecord.class,
                        TierRecord.class, TierChangeRecord.class, RuleRecord.class,
                        AuditRecord.class, ApiTokenRecord.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.SHOW_SQL, false)
                .createEntityManagerFactory()
                .unwrap(SessionFactory.class);
        return new PluginStore(dataSource, sessions, database);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The kind of database the tables live in: whether nodes may share it, and which SQL it speaks. */
    public StoreDatabase database() {
        return database;
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
