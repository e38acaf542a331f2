package org.clvplugin.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.api.host.ApiUser;
import org.clvplugin.store.AuditRecord;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.PluginStore;
import org.clvplugin.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API tokens on a real database: made, used, listed, revoked, kept across a restart; H2, PostgreSQL, MariaDB. */
abstract class TokensContract {

    abstract DataSource database();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T10:00:00Z"));
    private DataSource db;
    private PluginStore store;
    private ApiTokens tokens;

    @BeforeEach
    void open() {
        db = database();
        store = PluginStore.open(db);
        tokens = new ApiTokens(store, new AuditRepository(store), clock);
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the database was not there and the test was skipped
            store.close();
        }
    }

    @Test
    void aTokenIsShownOnceKeptAsAHashAndStandsForItsScopesAndOwner() throws SQLException {
        ApiTokens.Made made = tokens.create(new NewToken(" CRM sync ", List.of("contacts:read", "rules:write"),
                "REP_ANNA"), "admin");
        assertTrue(made.token().matches("clv_[A-Za-z0-9_-]{43}"), made.token());
        TokenView view = made.view();
        assertEquals("CRM sync", view.name());
        assertEquals(made.token().substring(0, 12), view.prefix());
        assertEquals(List.of("contacts:read", "rules:write"), view.scopes());
        assertEquals("REP_ANNA", view.owner());
        assertEquals("admin", view.createdBy());
        assertNull(view.lastUsedAt());
        assertEquals(List.of(view), tokens.all());
        assertFalse(anyCellHolds(made.token()), "the token itself is stored nowhere");

        ApiUser user = tokens.authenticate(made.token()).orElseThrow();
        assertEquals("token CRM sync", user.name());
        assertEquals(Set.of(ApiUser.READ_CONTACTS, ApiUser.WRITE_RULES), user.permissions());
        assertEquals("REP_ANNA", user.partyId());
        assertFalse(user.may(ApiUser.READ_ADMIN));
        assertTrue(tokens.authenticate(made.token().substring(0, 46) + "x").isEmpty(), "a token one letter off");
        assertTrue(tokens.authenticate("clv_short").isEmpty());

        AuditRecord audited = new AuditRepository(store).recent(1, null).get(0);
        assertEquals("TOKEN_CREATED", audited.action());
        assertEquals("admin", audited.actor());
        assertTrue(audited.after().contains("\"prefix\":\"" + view.prefix() + "\""), audited.after());
        assertFalse(audited.after().contains(made.token()) || audited.detail().contains(made.token()));
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        String token = tokens.create(new NewToken("sync", List.of("summary:read"), null), "admin").token();
        Instant first = clock.instant();
        tokens.authenticate(token);
        assertEquals(first, tokens.all().get(0).lastUsedAt());
        clock.advance(Duration.ofSeconds(30));
        tokens.authenticate(token);
        assertEquals(first, tokens.all().get(0).lastUsedAt(), "within the minute: not written again");
        clock.advance(Duration.ofSeconds(31));
        tokens.authenticate(token);
        assertEquals(clock.instant(), tokens.all().get(0).lastUsedAt());
        assertTrue(tokens.isActive(token));
        clock.advance(Duration.ofMinutes(5));
        tokens.isActive(token);
        assertEquals(first.plusSeconds(61), tokens.all().get(0).lastUsedAt(), "checking a token is not a use");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceListedAsRevokedAndAudited() {
        ApiTokens.Made made = tokens.create(new NewToken("old sync", List.of("admin:read"), null), "admin");
        String kept = tokens.create(new NewToken("new sync", List.of("admin:read"), null), "admin").token();
        assertTrue(tokens.authenticate(made.token()).isPresent());

        clock.advance(Duration.ofHours(1));
        TokenView revoked = tokens.revoke(made.view().id(), "alice").orElseThrow();
        assertEquals("alice", revoked.revokedBy());
        assertEquals(clock.instant(), revoked.revokedAt());
        assertTrue(tokens.authenticate(made.token()).isEmpty());
        assertTrue(tokens.authenticate(kept).isPresent(), "the other token is untouched");
        assertEquals(List.of("new sync", "old sync"), tokens.all().stream().map(TokenView::name).toList());
        AuditRecord audited = new AuditRepository(store).recent(1, null).get(0);
        assertEquals("TOKEN_REVOKED", audited.action());
        assertEquals("alice", audited.actor());

        clock.advance(Duration.ofHours(1));
        assertEquals(revoked, tokens.revoke(made.view().id(), "bob").orElseThrow(), "revoking again changes nothing");
        assertEquals("TOKEN_REVOKED", new AuditRepository(store).recent(1, null).get(0).action());
        assertEquals(2, new AuditRepository(store).recent(10, null).stream()
                .filter(a -> a.action().startsWith("TOKEN_CREATED")).count());
        assertTrue(tokens.revoke(9_999, "alice").isEmpty());
    }

    @Test
    void tokensSurviveARestart() {
        String token = tokens.create(new NewToken("sync", List.of("contacts:read"), null), "admin").token();
        store.close();
        store = PluginStore.open(db);
        tokens = new ApiTokens(store, new AuditRepository(store), clock);
        assertEquals(Set.of(ApiUser.READ_CONTACTS), tokens.authenticate(token).orElseThrow().permissions());
    }

    @Test
    void aRequestThatIsNotRightIsRefusedFieldByFieldAndMakesNothing() {
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> tokens.create(
                new NewToken(" ", List.of("contacts:read", "everything"), "REP ANNA"), "admin"));
        assertEquals(List.of("name", "scopes", "owner"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("length", "oneOf", "setting.id"), e.errors().stream().map(FieldError::code).toList());
        assertTrue(e.errors().get(1).message().contains("'everything' is not a scope"), e.errors().get(1).message());
        e = assertThrows(InvalidFieldsException.class, () -> tokens.create(new NewToken("x".repeat(61), List.of(),
                null), "admin"));
        assertEquals(List.of("name", "scopes"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of(), tokens.all());
    }

    @Test
    void atMostAHundredTokensAreActiveAtOnce() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ApiTokens.MAX_ACTIVE; i++) {
            ids.add(tokens.create(new NewToken("t" + i, List.of("contacts:read"), null), "admin").view().id());
        }
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> tokens.create(
                new NewToken("one more", List.of("contacts:read"), null), "admin"));
        assertEquals("token.tooMany", e.errors().get(0).code());
        tokens.revoke(ids.get(0), "admin");
        assertNotNull(tokens.create(new NewToken("one more", List.of("contacts:read"), null), "admin").token());
    }

    private boolean anyCellHolds(String text) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM CLV_API_TOKEN")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    if (text.equals(rs.getString(i))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
