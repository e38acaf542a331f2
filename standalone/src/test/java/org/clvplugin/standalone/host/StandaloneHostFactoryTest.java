package org.clvplugin.standalone.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.HostConfig;
import org.clvplugin.api.host.HostProvider;
import org.clvplugin.runtime.HostProviders;
import org.clvplugin.standalone.security.Accounts;
import org.clvplugin.testsupport.TestRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone host found by its id with ServiceLoader, from settings as text. */
class StandaloneHostFactoryTest {

    @Test
    void theHostIsMadeFromItsSettings(@TempDir Path dir) throws Exception {
        Path users = dir.resolve("users.json");
        new Accounts(List.of(), List.of(new Accounts.Token("sync", Accounts.sha256("t0ken"),
                List.of("contacts:read")))).write(users);
        try (HostProvider host = HostProviders.open("standalone", HostConfig.of(Map.of("clv.dataDir",
                dir.resolve("data").toString(), "clv.users", users.toString())), getClass().getClassLoader())) {
            try (var c = host.connections().getConnection()) {
                assertEquals("H2", c.getMetaData().getDatabaseProductName(), "the H2 database of the data directory");
            }
            assertTrue(Files.exists(dir.resolve("data").resolve("clv.mv.db")));
            Optional<ApiUser> user = host.security().authenticate(TestRequests.get("Bearer t0ken"));
            assertEquals("sync", user.orElseThrow().name(), "the users file's token");
            assertEquals(32, host.secretKey().length);
            assertTrue(Files.exists(dir.resolve("data").resolve("secret.key")), "made at first use");
        }
    }

    @Test
    void anUnreadableUsersFileIsNamed(@TempDir Path dir) {
        Exception e = assertThrows(RuntimeException.class, () -> HostProviders.open("standalone",
                HostConfig.of(Map.of("clv.dataDir", dir.toString(), "clv.users", dir.resolve("none.json")
                        .toString())), getClass().getClassLoader()));
        assertTrue(e.getMessage().startsWith("clv.users: "), e.getMessage());
    }
}
