package org.clvplugin.api.host;

import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * What a host gives the plugin, made by its {@link HostProviderFactory}: the database the plugin keeps its tables
 * in, the orders and contacts it reads, where follow-up tasks go, who a request's user is, and the secret key. The
 * plugin wires its engine from these alone; closing the provider releases what the host opened for the plugin.
 */
public interface HostProvider extends AutoCloseable {

    /**
     * The database the plugin's own tables live in (made by the plugin's migrations), pooled: on PostgreSQL,
     * MySQL or MariaDB several nodes sharing it form a cluster. It need not be the database of the orders.
     */
    DataSource connections();

    /** The counted orders of the contacts, in the reporting currency. */
    OrderLedger ledger();

    /**
     * The contacts: those holding one of the roles {@code contactRoles} gives when asked (an admin may change the
     * roles while the plugin runs; a directory asks again when it needs them).
     */
    ContactDirectory contacts(Supplier<List<String>> contactRoles);

    /** Where the rules' follow-up tasks go (the contact owner's work list). */
    FollowUpSink followUps();

    /** Who the user behind an API request is. */
    HostSecurity security();

    /**
     * The plugin's secret key (at least 32 bytes), the same on every node that shares the database: it seals the
     * rules' webhook secrets; a host may sign its own tokens with it.
     */
    byte[] secretKey();

    /** Releases what the host opened for the plugin (a pool it made); not what the host itself owns. */
    @Override
    void close();
}
