package org.clvplugin.standalone.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

import org.clvplugin.api.host.HostConfig;
import org.clvplugin.api.host.HostProvider;
import org.clvplugin.api.host.HostProviderFactory;
import org.clvplugin.standalone.security.Accounts;
import org.clvplugin.standalone.security.StandaloneSecurity;

/**
 * The standalone host from settings: {@code clv.dataDir} (default {@code clv-data}: the H2 database and the key
 * file), {@code clv.db.url} (default the H2 database there), {@code clv.db.user}, {@code clv.db.password} (default
 * $CLV_DB_USER, $CLV_DB_PASSWORD) and {@code clv.users} (the users file; without it no one signs in). The
 * {@code clv} command line makes the same host from its options.
 */
public final class StandaloneHostFactory implements HostProviderFactory {

    public static final String ID = "standalone";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public HostProvider init(HostConfig config) {
        Path dataDir = Path.of(config.get("clv.dataDir", "clv-data"));
        Accounts accounts;
        try {
            accounts = config.get("clv.users").isPresent() ? Accounts.read(Path.of(config.get("clv.users").get()))
                    : Accounts.none();
        } catch (IOException e) {
            throw new UncheckedIOException("clv.users: " + e.getMessage(), e);
        }
        return new StandaloneHost(StandaloneDatabase.open(dataDir, config.get("clv.db.url").orElse(null),
                config.get("clv.db.user").orElse(null), config.get("clv.db.password").orElse(null)),
                new StandaloneSecurity(accounts, Clock.systemDefaultZone()), dataDir.resolve("secret.key"));
    }
}
