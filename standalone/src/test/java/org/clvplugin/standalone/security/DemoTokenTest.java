package org.clvplugin.standalone.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Set;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.PluginStore;
import org.clvplugin.tokens.ApiTokens;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's API token is kept across starts of one data folder, and made anew once revoked. */
class DemoTokenTest {

    @TempDir
    Path dataDir;

    @Test
    void theTokenOfOneDataFolderIsKeptAcrossRestartsUntilRevoked() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:" + dataDir.resolve("clv").toAbsolutePath());
        Path file = dataDir.resolve("demo-api-token");
        String first;
        try (PluginStore store = PluginStore.open(db)) {
            first = DemoToken.keep(tokens(store), file);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (PluginStore store = PluginStore.open(db)) { // the next start
            ApiTokens tokens = tokens(store);
            assertEquals(first, DemoToken.keep(tokens, file));
            ApiUser user = tokens.authenticate(first).orElseThrow();
            assertEquals(Set.of(ApiUser.READ_CONTACTS), user.permissions());
            assertEquals(1, tokens.all().size(), "no second token made");

            tokens.revoke(tokens.all().get(0).id(), "admin");
            String second = DemoToken.keep(tokens, file);
            assertNotEquals(first, second);
            assertEquals(second, Files.readString(file).trim());
            assertTrue(tokens.authenticate(second).isPresent());
        }
    }

    private static ApiTokens tokens(PluginStore store) {
        return new ApiTokens(store, new AuditRepository(store), Clock.systemUTC());
    }
}
