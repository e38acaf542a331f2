package org.clvplugin.standalone.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.HostSecurity;
import org.clvplugin.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneSecurityTest {

    /** A request with the given method, headers and cookies. */
    record Req(String method, Map<String, String> headers, Map<String, String> cookies)
            implements HostSecurity.Request {
        @Override
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }

        @Override
        public Optional<String> cookie(String name) {
            return Optional.ofNullable(cookies.get(name));
        }
    }

    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final StandaloneSecurity security = new StandaloneSecurity(new Accounts(
            List.of(new Accounts.User("admin", "admin", null, PasswordHash.hash("right-password".toCharArray(), 1000)),
                    new Accounts.User("anna", "viewer", "REP_ANNA", PasswordHash.hash("anna-secret".toCharArray(),
                            1000))),
            List.of(new Accounts.Token("crm", Accounts.sha256("tok"), List.of("contacts:read")))), clock);

    @Test
    void passwordsAreSaltedAndVerifiedInConstantForm() {
        String a = PasswordHash.hash("same".toCharArray(), 1000);
        String b = PasswordHash.hash("same".toCharArray(), 1000);
        assertNotEquals(a, b, "a fresh salt each time");
        assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(PasswordHash.verify("same".toCharArray(), a));
        assertFalse(PasswordHash.verify("Same".toCharArray(), a));
        assertTrue(PasswordHash.hash("x".toCharArray()).startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void aSignedInUserHasASessionWhoseChangesNeedItsCsrfToken() {
        StandaloneSecurity.SignIn in = security.signIn("anna", "anna-secret".toCharArray());
        assertTrue(in.succeeded());
        Map<String, String> cookie = Map.of(StandaloneSecurity.SESSION_COOKIE, in.sessionId());
        ApiUser anna = security.authenticate(new Req("GET", Map.of(), cookie)).orElseThrow();
        assertEquals("REP_ANNA", anna.partyId());
        assertEquals(ApiUser.viewer(), anna.permissions());
        HostSecurity.Refused noToken = assertThrows(HostSecurity.Refused.class,
                () -> security.authenticate(new Req("PUT", Map.of(), cookie)));
        assertEquals(403, noToken.status());
        assertTrue(security.authenticate(new Req("PUT", Map.of(StandaloneSecurity.CSRF_HEADER, in.csrfToken()),
                cookie)).isPresent());
        clock.advance(Duration.ofHours(9));
        assertTrue(security.authenticate(new Req("GET", Map.of(), cookie)).isEmpty(), "idle sessions end");
        security.signOut(in.sessionId());
        assertTrue(security.authenticate(new Req("GET", Map.of(), Map.of(StandaloneSecurity.SESSION_COOKIE,
                "forged"))).isEmpty());
    }

    @Test
    void fiveWrongPasswordsLockTheNameForAQuarterOfAnHour() {
        for (int i = 0; i < 5; i++) {
            assertFalse(security.signIn("admin", "guess".toCharArray()).succeeded());
        }
        assertFalse(security.signIn("admin", "right-password".toCharArray()).succeeded(), "locked");
        assertEquals(security.signIn("nobody", "x".toCharArray()).failure(),
                security.signIn("admin", "right-password".toCharArray()).failure(), "the same answer for all");
        clock.advance(Duration.ofMinutes(16));
        assertTrue(security.signIn("admin", "right-password".toCharArray()).succeeded());
    }

    @Test
    void attemptsSentInParallelCannotPassTheLimit() throws Exception {
        // A slow hash keeps many checks in flight at once, as on a real server under a parallel attack.
        StandaloneSecurity slow = new StandaloneSecurity(new Accounts(List.of(new Accounts.User("admin", "admin",
                null, PasswordHash.hash("right-password".toCharArray(), 20_000))), List.of()), clock);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Boolean>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(pool.submit(() -> {
                    go.await();
                    return slow.signIn("admin", "guess".toCharArray()).succeeded();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Boolean> f : attempts) {
                assertFalse(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(LoginThrottle.MAX_FAILURES, slow.accountChecks(),
                "40 parallel attempts check no more passwords than 5 in a row");
        assertFalse(slow.signIn("admin", "right-password".toCharArray()).succeeded(), "and the account is locked");
    }

    @Test
    void namesAnAnonymousCallerSendsLeaveNothingBehind() {
        for (int i = 0; i < 2_000; i++) {
            assertFalse(security.signIn("nobody-" + i, "x".toCharArray()).succeeded());
        }
        String huge = "n".repeat(1 << 20);
        assertFalse(security.signIn(huge, "x".toCharArray()).succeeded());
        assertFalse(security.signIn("a".repeat(StandaloneSecurity.MAX_NAME_LENGTH + 1), "x".toCharArray())
                .succeeded());
        assertEquals(0, security.throttled(), "only existing accounts are counted");
        security.signIn("anna", "guess".toCharArray());
        assertEquals(1, security.throttled());
        assertTrue(security.signIn("anna", "anna-secret".toCharArray()).succeeded());
        assertEquals(0, security.throttled(), "a success drops the account's count");
    }

    @Test
    void anUnknownUserCostsAsMuchHashingAsAWrongPassword() {
        Accounts accounts = new Accounts(List.of(new Accounts.User("admin", "admin", null,
                PasswordHash.hash("p".toCharArray(), 1234))), List.of());
        String decoy = accounts.decoyHash();
        assertTrue(decoy.startsWith("pbkdf2-sha256$1234$"), "the users' iteration count: " + decoy);
        assertTrue(new Accounts(List.of(), List.of()).decoyHash().startsWith("pbkdf2-sha256$"
                + PasswordHash.DEFAULT_ITERATIONS + "$"));
    }

    @Test
    void tokensAreReadOnlyAndScoped() {
        ApiUser robot = security.authenticate(new Req("GET", Map.of("Authorization", "Bearer tok"), Map.of()))
                .orElseThrow();
        assertEquals(java.util.Set.of(ApiUser.READ_CONTACTS), robot.permissions());
        assertEquals(403, assertThrows(HostSecurity.Refused.class, () -> security.authenticate(new Req("POST",
                Map.of("Authorization", "Bearer tok"), Map.of()))).status());
        assertEquals(401, assertThrows(HostSecurity.Refused.class, () -> security.authenticate(new Req("GET",
                Map.of("Authorization", "Bearer other"), Map.of()))).status());
        assertEquals(401, assertThrows(HostSecurity.Refused.class, () -> security.authenticate(new Req("GET",
                Map.of("Authorization", "Basic YWRtaW46eA=="), Map.of()))).status());
        assertTrue(security.authenticate(new Req("GET", Map.of(), Map.of())).isEmpty(), "anonymous");
    }

    @Test
    void aUsersFileIsReadAndAWrongOneIsRefusedNamingTheField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("users.json");
        new Accounts(List.of(new Accounts.User("ben", "viewer", "REP_BEN", PasswordHash.hash("p".toCharArray(),
                1000))), List.of()).write(file);
        assertTrue(new StandaloneSecurity(Accounts.read(file), clock).signIn("ben", "p".toCharArray()).succeeded());

        Files.writeString(file, "{\"users\": [{\"name\": \"ben\", \"role\": \"boss\", \"password\": \"x\"}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Accounts.read(file));
        assertTrue(e.getMessage().endsWith("users[0].role: admin or viewer"), e.getMessage());
        Files.writeString(file, "{\"users\": [], \"tokens\": [{\"name\": \"t\", \"sha256\": \"abc\", "
                + "\"scopes\": [\"contacts:read\"]}]}");
        e = assertThrows(IllegalArgumentException.class, () -> Accounts.read(file));
        assertTrue(e.getMessage().contains("tokens[0].sha256"), e.getMessage());
        Files.writeString(file, "{\"users\": [], \"tokens\": [{\"name\": \"t\", \"sha256\": \"" + "a".repeat(64)
                + "\", \"scopes\": [\"admin:write\"]}]}");
        e = assertThrows(IllegalArgumentException.class, () -> Accounts.read(file));
        assertTrue(e.getMessage().contains("tokens[0].scopes"), e.getMessage());
        Files.writeString(file, "{\"people\": []}");
        e = assertThrows(IllegalArgumentException.class, () -> Accounts.read(file));
        assertTrue(e.getMessage().contains("not a users file"), e.getMessage());
    }
}
