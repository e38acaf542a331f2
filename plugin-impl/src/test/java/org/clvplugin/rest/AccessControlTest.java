package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clvplugin.api.host.ApiUser;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;

import org.clvplugin.settings.TierAdmin;
import org.clvplugin.store.RunRecord;
import org.clvplugin.tiers.TierPolicy;
import org.clvplugin.tokens.TokenScope;
import org.clvplugin.values.ContactValue;
import org.clvplugin.values.ValueHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 401 without a user, 403 without the permission, for every protected endpoint; and viewers' own contacts. */
class AccessControlTest extends ApiTest {

    private static final String CONTACTS = ApiUser.READ_CONTACTS;
    private static final String SUMMARY = ApiUser.READ_SUMMARY;
    private static final String READ = ApiUser.READ_ADMIN;
    private static final String RULES = ApiUser.WRITE_RULES;
    private static final String WRITE = ApiUser.WRITE_ADMIN;

    /** Every protected endpoint: method, path, body (null for none), and the permissions any of which lets one in. */
    private record Endpoint(String method, String path, String body, Set<String> allowedBy) {
        Endpoint(String method, String path, String body, String... allowedBy) {
            this(method, path, body, Set.of(allowedBy));
        }

        boolean forViewers() {
            return allowedBy.contains(CONTACTS);
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/contacts/CD0001/value", null, CONTACTS),
            new Endpoint("GET", "/contacts/CD0001/history", null, CONTACTS),
            new Endpoint("GET", "/runs", null, READ),
            new Endpoint("GET", "/runs/7", null, READ),
            new Endpoint("POST", "/runs", "", WRITE),
            new Endpoint("GET", "/settings", null, READ),
            new Endpoint("GET", "/settings/schedule?cron=0+0+2+*+*+%3F", null, READ),
            new Endpoint("PUT", "/settings", "{\"clv.margin\":\"0.3\"}", WRITE),
            new Endpoint("GET", "/tiers", null, CONTACTS, READ),
            new Endpoint("PUT", "/tiers", AdminResourcesTest.POLICY, WRITE),
            new Endpoint("POST", "/tiers/preview", AdminResourcesTest.POLICY, READ),
            new Endpoint("GET", "/model", null, READ),
            new Endpoint("GET", "/audit", null, READ),
            new Endpoint("GET", "/contacts", null, CONTACTS),
            new Endpoint("GET", "/contacts.csv", null, CONTACTS),
            new Endpoint("GET", "/contacts/CD0001/follow-ups", null, CONTACTS),
            new Endpoint("GET", "/summary", null, SUMMARY, READ),
            new Endpoint("GET", "/me", null, CONTACTS, SUMMARY, READ, RULES, WRITE),
            new Endpoint("GET", "/rules", null, READ, RULES),
            new Endpoint("POST", "/rules", RulesResourceTest.BODY, RULES, WRITE),
            new Endpoint("GET", "/rules/4", null, READ, RULES),
            new Endpoint("PUT", "/rules/4", RulesResourceTest.BODY, RULES, WRITE),
            new Endpoint("POST", "/rules/4/dry-run", "", READ, RULES),
            new Endpoint("GET", "/rules/4/firings", null, READ, RULES),
            new Endpoint("GET", "/rules/dead-letters", null, READ, RULES),
            new Endpoint("POST", "/rules/firings/9/retry", "", RULES, WRITE),
            new Endpoint("POST", "/rules/4/test-webhook", "", RULES, WRITE),
            new Endpoint("GET", "/tokens", null, READ),
            new Endpoint("POST", "/tokens", "{\"name\":\"sync\",\"scopes\":[\"contacts:read\"]}", WRITE),
            new Endpoint("DELETE", "/tokens/3", null, WRITE));

    @BeforeEach
    void services() {
        when(values.of(anyString())).thenReturn(Optional.of(ContactResourceTest.scored(320)));
        when(values.history(anyString())).thenReturn(Optional.of(new ValueHistory("CD0001", List.of(), List.of())));
        when(values.owner(anyString())).thenReturn(Optional.of("REP_ANNA"));
        when(values.contact(anyString())).thenReturn(Optional.of(new org.clvplugin.api.host.Contact("CD0001", "Ann",
                org.clvplugin.api.host.Contact.Kind.PERSON, "REP_ANNA")));
        when(followUps.of(anyString())).thenReturn(List.of());
        when(trigger.trigger(anyString())).thenReturn(new org.clvplugin.store.RunRepository.Claim(7, true));
        when(tiers.policy()).thenReturn(TierPolicy.defaults());
        when(tiers.save(any(), anyString())).thenReturn(TierPolicy.defaults());
        when(contacts.page(any())).thenReturn(new org.clvplugin.values.ContactList.Page(null, null, 0L, List.of(), null, null));
        when(dashboard.summary(any())).thenReturn(Optional.of(SummaryResourceTest.SUMMARY));
        RunRecord run = AdminResourcesTest.run(7, RunRecord.State.SUCCEEDED, "{}");
        when(runs.find(7)).thenReturn(Optional.of(run));
        when(runs.published()).thenReturn(Optional.of(run));
        when(tiers.preview(any())).thenReturn(new TierAdmin.Preview(null, java.util.Map.of(), java.util.Map.of()));
        when(rules.find(4)).thenReturn(Optional.of(RulesResourceTest.SAVED));
        when(rules.save(any(), any(), anyString())).thenReturn(RulesResourceTest.SAVED);
        when(rules.firing(9)).thenReturn(Optional.of(RulesResourceTest.DEAD));
        when(rules.retry(eq(9L), anyString())).thenReturn(true);
        when(rules.testWebhook(eq(4L), anyString())).thenReturn(Optional.of(new org.clvplugin.rules.WebhookDelivery
                .Sent("https://hooks.example.com/x", java.util.Map.of(), "{}", 204, null, null)));
        when(tokens.create(any(), anyString())).thenReturn(new org.clvplugin.tokens.ApiTokens.Made("clv_x",
                TokensResourceTest.VIEW));
        when(tokens.revoke(eq(3L), anyString())).thenReturn(Optional.of(TokensResourceTest.VIEW));
        when(rules.dryRun(any(), org.mockito.ArgumentMatchers.anyInt())).thenReturn(
                new org.clvplugin.rules.RuleAdmin.DryRun(null, null, 0, 0, 0, List.of(), "none"));
    }

    private Response call(Endpoint e, String authorization) {
        String[] pathAndQuery = e.path().split("\\?", 2);
        jakarta.ws.rs.client.WebTarget target = target(pathAndQuery[0]);
        for (String pair : pathAndQuery.length > 1 ? pathAndQuery[1].split("&") : new String[0]) {
            String[] nameAndValue = pair.split("=", 2);
            target = target.queryParam(nameAndValue[0], java.net.URLDecoder.decode(nameAndValue[1],
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        Invocation.Builder b = target.request();
        b = authorization == null ? b.header("X-Anonymous", "1") : b.header("Authorization", authorization);
        return e.body() == null ? b.method(e.method()) : b.method(e.method(), Entity.json(e.body()));
    }

    @Test
    void withoutAUserEveryProtectedEndpointIs401() throws Exception {
        for (Endpoint e : ENDPOINTS) {
            Response r = call(e, null);
            assertEquals(401, r.getStatus(), e.toString());
            assertEquals("application/problem+json", r.getMediaType().toString(), e.toString());
        }
        assertEquals(401, call(ENDPOINTS.get(0), "Bearer bad").getStatus(), "a refused token");
        when(dataSource.getConnection()).thenThrow(new java.sql.SQLException("connection refused"));
        Response health = target("/health").request().header("X-Anonymous", "1").get();
        assertEquals(503, health.getStatus(), "health is public, and says DOWN when the database is");
        assertEquals("DOWN", json(health.readEntity(String.class)).get("status").asText());
    }

    @Test
    void salesRepsReadContactsAndNothingElse() {
        for (Endpoint e : ENDPOINTS) {
            assertEquals(e.forViewers() ? 200 : 403, call(e, "Bearer viewer").getStatus(), e.toString());
        }
        verify(settings, never()).update(any(), anyString());
        verify(trigger, never()).trigger(anyString());
    }

    @Test
    void aTokenOfOneScopeReachesExactlyTheEndpointsOfItsPermission() {
        for (TokenScope scope : TokenScope.values()) {
            for (Endpoint e : ENDPOINTS) {
                int status = call(e, "Bearer only " + scope.permission()).getStatus();
                assertEquals(e.allowedBy().contains(scope.permission()) ? 2 : 4, status / 100,
                        scope.scopeName() + " " + e + " answered " + status);
            }
        }
    }

    @Test
    void everyStatusTheseCallsGetIsOneTheOpenApiDocumentNames() throws Exception {
        JsonNode paths = json(target("/openapi.json").request().header("X-Anonymous", "1").get(String.class))
                .get("paths");
        for (Endpoint e : ENDPOINTS) {
            JsonNode responses = null;
            for (var p : (Iterable<java.util.Map.Entry<String, JsonNode>>) paths::fields) {
                if (e.path().split("\\?")[0].matches(p.getKey().replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))
                        && p.getValue().has(e.method().toLowerCase(java.util.Locale.ROOT))) {
                    responses = p.getValue().get(e.method().toLowerCase(java.util.Locale.ROOT)).get("responses");
                }
            }
            assertTrue(responses != null, "no operation for " + e);
            for (String caller : new String[] {null, "Bearer viewer", "Bearer admin"}) {
                int status = call(e, caller).getStatus();
                assertTrue(responses.has(Integer.toString(status)), e + " answered " + status + " to " + caller
                        + ", which the document does not name: " + responses);
            }
        }
    }

    @Test
    void meSaysWhoIsSignedInAndWhatTheyMayDoSoThatTheUiHidesTheRest() throws Exception {
        JsonNode viewer = json(target("/me").request().header("Authorization", "Bearer viewer").get(String.class));
        assertEquals("[\"" + ApiUser.READ_CONTACTS + "\"]", viewer.get("permissions").toString());
        assertEquals("REP_ANNA", viewer.get("partyId").asText());
        JsonNode admin = json(target("/me").request().header("Authorization", "Bearer admin").get(String.class));
        assertEquals(5, admin.get("permissions").size());
        assertTrue(admin.get("permissions").toString().contains(ApiUser.WRITE_ADMIN));
    }

    @Test
    void adminsMayDoEverything() {
        for (Endpoint e : ENDPOINTS) {
            int status = call(e, "Bearer admin").getStatus();
            assertEquals(2, status / 100, e + " answered " + status);
        }
    }

    @Test
    void withTheSettingOnARepSeesOnlyTheContactsTheyOwn() {
        when(settings.viewersSeeOwnContactsOnly()).thenReturn(true);
        Endpoint card = ENDPOINTS.get(0);
        assertEquals(200, call(card, "Bearer viewer").getStatus(), "Anna owns CD0001 (ownerPartyId REP_ANNA)");
        ContactValue others = ContactResourceTest.scored(100);
        when(values.of("CD0002")).thenReturn(Optional.of(new ContactValue("CD0002", "Bo", "REP_BEN", "Ben Berg",
                others.status(), others.run(), null, "USD", 1, null, null, 0, null, null, null, null)));
        when(values.owner("CD0002")).thenReturn(Optional.of("REP_BEN"));
        // Another's contact is answered as an unknown one: a rep cannot probe which ids exist.
        assertEquals(404, target("/contacts/CD0002/value").request().header("Authorization", "Bearer viewer").get()
                .getStatus());
        assertEquals(404, target("/contacts/CD0002/history").request().header("Authorization", "Bearer viewer")
                .get().getStatus());
        when(values.contact("CD0002")).thenReturn(Optional.of(new org.clvplugin.api.host.Contact("CD0002", "Bo",
                org.clvplugin.api.host.Contact.Kind.PERSON, "REP_BEN")));
        assertEquals(404, target("/contacts/CD0002/follow-ups").request().header("Authorization", "Bearer viewer")
                .get().getStatus(), "nor what the rules did for it");
        assertEquals(200, target("/contacts/CD0002/value").request().get().getStatus(), "admins see all");
        assertEquals(200, target("/contacts/CD0002/follow-ups").request().get().getStatus());
        when(values.contact("NOPE")).thenReturn(Optional.empty());
        assertEquals(404, target("/contacts/NOPE/follow-ups").request().get().getStatus(), "an unknown contact");
    }
}
