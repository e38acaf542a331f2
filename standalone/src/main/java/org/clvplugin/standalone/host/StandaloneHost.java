package org.clvplugin.standalone.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.clvplugin.host.ofbiz.OfbizTablesHost;
import org.clvplugin.runtime.KeyFile;
import org.clvplugin.standalone.security.Accounts;
import org.clvplugin.standalone.security.StandaloneSecurity;

/**
 * The standalone host: a database of its own (a pool it opened) holding OFBiz's tables, which it reads and writes
 * as OFBiz lays them out (orders, parties, tasks as work efforts), users and tokens of its own, and the secret key
 * in a key file of its data directory.
 */
public final class StandaloneHost extends OfbizTablesHost {

    private final StandaloneSecurity security;
    private final Path keyFile;
    private byte[] key;

    /**
     * @param db       the pool, which the host closes with itself
     * @param security who signs in (its users and tokens)
     * @param keyFile  the key file, made at first use when it does not exist
     */
    public StandaloneHost(DataSource db, StandaloneSecurity security, Path keyFile) {
        super(db);
        this.security = security;
        this.keyFile = keyFile;
    }

    /** For commands that do not serve: no one signs in; the key file of the data directory when needed. */
    public static StandaloneHost withoutUsers(DataSource db, Path dataDir) {
        return new StandaloneHost(db, new StandaloneSecurity(Accounts.none(), java.time.Clock.systemDefaultZone()),
                dataDir.resolve("secret.key"));
    }

    @Override
    public StandaloneSecurity security() {
        return security;
    }

    /** Read (or made) when first needed: commands that do not serve never touch the key file. */
    @Override
    public synchronized byte[] secretKey() {
        if (key == null) {
            try {
                key = KeyFile.load(keyFile, "CLV_SECRET_KEY");
            } catch (IOException e) {
                throw new UncheckedIOException("the key file " + keyFile + " cannot be read or made: "
                        + e.getMessage(), e);
            }
        }
        return key.clone();
    }

    /** Closes the database pool, which this host opened. */
    @Override
    public void close() {
        DataSource db = connections();
        if (db instanceof org.h2.jdbcx.JdbcConnectionPool pool) {
            pool.dispose();
        } else if (db instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the database pool failed: " + e.getMessage(), e);
            }
        }
    }
}
