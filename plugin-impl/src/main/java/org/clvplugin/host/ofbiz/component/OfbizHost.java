package org.clvplugin.host.ofbiz.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import javax.sql.DataSource;

import org.clvplugin.api.host.FollowUpSink;
import org.clvplugin.api.host.HostSecurity;
import org.clvplugin.host.ofbiz.OfbizTablesHost;
import org.clvplugin.runtime.KeyFile;

/**
 * OFBiz as the plugin's host: its database through the entity engine (or a JDBC URL of it), its orders and parties,
 * follow-up tasks through its services, and card tokens (minted for OFBiz's screens) as the API's security.
 */
public final class OfbizHost extends OfbizTablesHost {

    private final FollowUpSink tasks;
    private final byte[] key;
    private final CardTokens tokens;

    OfbizHost(ComponentSettings settings, ClassLoader loader) {
        super(connections(settings, loader));
        boolean ofbiz = settings.source() == ComponentSettings.Source.OFBIZ;
        try {
            this.key = KeyFile.load(settings.keyFile(), "CLV_SECRET_KEY");
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin's key file " + settings.keyFile() + " (clv.keyFile) cannot be "
                    + "read or made: " + e.getMessage(), e);
        }
        // Tasks through OFBiz's own services where its engine is reachable; by JDBC with clv.datasource=jdbc.
        this.tasks = ofbiz ? OfbizServiceTasks.of(settings.delegator(), loader, connections())
                : super.followUps();
        this.tokens = new CardTokens(key, Clock.systemUTC());
    }

    private static DataSource connections(ComponentSettings settings, ClassLoader loader) {
        return settings.source() == ComponentSettings.Source.OFBIZ
                ? OfbizConnections.of(settings.delegator(), settings.entityGroup(), loader)
                : new JdbcUrlConnections(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
    }

    @Override
    public FollowUpSink followUps() {
        return tasks;
    }

    @Override
    public HostSecurity security() {
        return new OfbizCardSecurity(tokens);
    }

    @Override
    public byte[] secretKey() {
        return key.clone();
    }

    /** A token for the card of an OFBiz screen (see {@link ClvComponent#cardToken}). */
    String cardToken(String userLoginId, String partyId, boolean admin) {
        return tokens.mint(userLoginId, partyId, admin);
    }

    /** The connections are OFBiz's (or made per request from the URL): nothing to release. */
    @Override
    public void close() {
    }
}
