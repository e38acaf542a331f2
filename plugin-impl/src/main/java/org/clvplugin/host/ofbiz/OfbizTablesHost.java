package org.clvplugin.host.ofbiz;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.clvplugin.api.host.ContactDirectory;
import org.clvplugin.api.host.FollowUpSink;
import org.clvplugin.api.host.HostProvider;
import org.clvplugin.api.host.OrderLedger;

/**
 * What a host whose database holds OFBiz's tables gives the plugin from them: the counted orders, the contacts,
 * and follow-up tasks written as OFBiz stores them. The OFBiz host and the standalone host are two such hosts.
 */
public abstract class OfbizTablesHost implements HostProvider {

    private final DataSource db;

    protected OfbizTablesHost(DataSource db) {
        this.db = db;
    }

    @Override
    public final DataSource connections() {
        return db;
    }

    @Override
    public final OrderLedger ledger() {
        return new OfbizOrderLedger(db, ZoneId.systemDefault());
    }

    @Override
    public final ContactDirectory contacts(Supplier<List<String>> contactRoles) {
        return new OfbizContactDirectory(db, contactRoles);
    }

    /** Tasks into OFBiz's WORK_EFFORT tables by JDBC (inside OFBiz its services make them instead). */
    @Override
    public FollowUpSink followUps() {
        return new OfbizFollowUpTasks(db);
    }
}
