package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

import org.clvplugin.api.FieldError;
import org.clvplugin.rules.Action;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.rules.Rule;
import org.clvplugin.rules.RuleAdmin;
import org.clvplugin.rules.RuleFilter;
import org.clvplugin.rules.Outbox;
import org.clvplugin.rules.Trigger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class RulesResourceTest extends ApiTest {

    static final String BODY = "{\"name\": \"Gold welcome\", \"enabled\": true, \"trigger\": {\"kind\": \"TIER_ENTERED\","
            + " \"tier\": \"GOLD\", \"threshold\": null, \"aliveBelow\": null, \"percent\": null}, \"filter\": null,"
            + " \"action\": {\"kind\": \"TASK\", \"subject\": \"Welcome {name}\", \"description\": null,"
            + " \"dueInDays\": 3, \"url\": null}, \"cooldownHours\": 24, \"maxPerRun\": null,"
            + " \"secret\": null}";
    static final Rule SAVED = new Rule(4L, "Gold welcome", true,
            new Trigger(Trigger.Kind.TIER_ENTERED, "GOLD", null, null, null), RuleFilter.NONE,
            new Action(Action.Kind.TASK, "Welcome {name}", null, 3, null), 24, null);
    static final Outbox.Firing DEAD = new Outbox.Firing(9, 4, 7, "CD1", "TIER_ENTERED:6>7", "TASK", "DEAD", 8,
            Instant.parse("2026-11-23T02:00:00Z"), null, null, "the receiver answered HTTP 500 (attempt 8 of 8)");

    /** The entry as the console lists it, for a contact Ann Adams moving from Silver to Gold. */
    static org.clvplugin.rules.FiringView view(Outbox.Firing f) {
        return new org.clvplugin.rules.FiringView(f.entryId(), f.ruleId(), f.runId(), f.partyId(), "Ann Adams",
                "REP_BEN", "Ben Berg", f.transitionKey(), "Silver", "Gold", 150.0, 620.0, f.actionKind(), f.state(),
                f.attempts(), f.createdAt(), f.nextAttemptAt(), f.deliveredAt(), f.lastError());
    }

    @Test
    void aRuleMayLeaveOutItsOptionalFieldsButNotUnknownOnes() throws Exception {
        when(rules.save(any(), any(), eq("admin"))).thenReturn(SAVED);
        String minimal = "{\"name\": \"Gold welcome\", \"trigger\": {\"kind\": \"TIER_ENTERED\", \"tier\": \"GOLD\"},"
                + " \"action\": {\"kind\": \"TASK\", \"subject\": \"Welcome {name}\", \"dueInDays\": 3}}";
        Response created = target("/rules").request().post(Entity.json(minimal));
        assertEquals(201, created.getStatus(), created.readEntity(String.class));
        verify(rules).save(eq(new Rule(null, "Gold welcome", true, SAVED.trigger(), RuleFilter.NONE, SAVED.action(),
                0, null)), isNull(), eq("admin"));
        JsonNode unknown = json(target("/rules").request().post(Entity.json(minimal.replace("\"name\"",
                "\"nmae\": 1, \"name\""))).readEntity(String.class));
        assertEquals("nmae", unknown.get("errors").get(0).get("field").asText(), "still strict on unknown fields");
        assertFalse(unknown.get("errors").get(0).has("code"), "no code where there is none: " + unknown);
        assertEquals(400, target("/tiers").request().put(Entity.json(AdminResourcesTest.POLICY
                .replace(",\"threshold\":1000", ""))).getStatus(), "and on the tier policy's missing fields");
    }

    @Test
    void createReadChangeAndList() throws Exception {
        when(rules.save(any(), any(), eq("admin"))).thenReturn(SAVED);
        Response created = target("/rules").request().post(Entity.json(BODY));
        assertEquals(201, created.getStatus());
        assertEquals(4, json(created.readEntity(String.class)).get("id").asInt());
        verify(rules).save(eq(new Rule(null, "Gold welcome", true, SAVED.trigger(), null, SAVED.action(), 24, null)),
                isNull(), eq("admin"));
        when(rules.find(4)).thenReturn(Optional.of(SAVED));
        assertEquals("GOLD", json(target("/rules/4").request().get(String.class)).get("trigger").get("tier").asText());
        assertEquals(200, target("/rules/4").request().put(Entity.json(BODY)).getStatus());
        verify(rules).save(eq(new Rule(4L, "Gold welcome", true, SAVED.trigger(), null, SAVED.action(), 24, null)),
                isNull(), eq("admin"));
        when(rules.all()).thenReturn(List.of(SAVED));
        assertEquals(1, json(target("/rules").request().get(String.class)).size());
        assertEquals(404, target("/rules/5").request().get().getStatus());
        assertEquals(404, target("/rules/5").request().put(Entity.json(BODY)).getStatus());
    }

    @Test
    void aRefusedRuleNamesItsFieldsAndIsNotSaved() throws Exception {
        when(rules.save(any(), any(), any())).thenThrow(new InvalidFieldsException("rule", List.of(
                new FieldError("action.url", "the host localhost is a loopback, link-local or private address"))));
        Response r = target("/rules").request().post(Entity.json(BODY));
        assertEquals(400, r.getStatus());
        JsonNode problem = json(r.readEntity(String.class));
        assertEquals("action.url", problem.get("errors").get(0).get("field").asText());
        assertEquals(400, target("/rules").request().post(Entity.json(BODY.replace("TIER_ENTERED", "SOMETIMES")))
                .getStatus(), "an unknown trigger kind");
        assertEquals(400, target("/rules").request().post(Entity.json("{\"name\": \"x\"}")).getStatus());
    }

    @Test
    void dryRunsAndFirings() throws Exception {
        when(rules.find(4)).thenReturn(Optional.of(SAVED));
        when(rules.dryRun(eq(SAVED), eq(2))).thenReturn(new RuleAdmin.DryRun(6L, 7L, 12, 0, 1,
                List.of(Map.of("contact", Map.of("partyId", "CD1"))), null));
        JsonNode dry = json(target("/rules/4/dry-run").queryParam("sample", 2).request().post(Entity.json(""))
                .readEntity(String.class));
        assertEquals(12, dry.get("wouldFire").asInt());
        assertEquals("CD1", dry.get("sample").get(0).get("contact").get("partyId").asText());
        when(rules.problems(any())).thenReturn(List.of());
        when(rules.dryRun(any(), eq(10))).thenReturn(new RuleAdmin.DryRun(null, 7L, 0, 0, 0, List.of(),
                "a dry run needs two published runs"));
        assertTrue(json(target("/rules/dry-run").request().post(Entity.json(BODY)).readEntity(String.class))
                .get("note").asText().startsWith("a dry run needs"));
        when(rules.firings(4, 50)).thenReturn(List.of(view(new Outbox.Firing(1, 4, 7, "CD1", "TIER_ENTERED:6>7",
                "TASK", "PENDING", 0, Instant.parse("2026-11-23T02:00:00Z"), Instant.parse("2026-11-23T02:00:00Z"),
                null, null))));
        JsonNode firing = json(target("/rules/4/firings").request().get(String.class)).get(0);
        assertEquals("PENDING", firing.get("state").asText());
        assertEquals("Ann Adams", firing.get("contactName").asText());
        assertEquals("Silver", firing.get("fromTier").asText());
        assertEquals("Ben Berg", firing.get("ownerName").asText());
        assertEquals(400, target("/rules/4/firings").queryParam("limit", 0).request().get().getStatus());
        verify(rules, never()).save(any(), any(), any());
        verify(rules, never()).firings(anyInt(), eq(0));
    }

    @Test
    void theSecretIsWrittenButNeverRead() throws Exception {
        when(rules.save(any(), any(), eq("admin"))).thenReturn(SAVED);
        when(rules.hasSecret(4)).thenReturn(true);
        String body = BODY.replace("\"secret\": null", "\"secret\": \"s3cret-of-twenty-chars\"");
        String created = target("/rules").request().post(Entity.json(body)).readEntity(String.class);
        verify(rules).save(any(), eq("s3cret-of-twenty-chars"), eq("admin"));
        assertTrue(json(created).get("secretSet").asBoolean());
        assertFalse(created.contains("s3cret"), created);
        when(rules.all()).thenReturn(List.of(SAVED));
        String listed = target("/rules").request().get(String.class);
        assertFalse(listed.contains("s3cret") || listed.contains("\"secret\""), listed);
    }

    @Test
    void deadLettersAreListedAndRetried() throws Exception {
        when(rules.deadLetters(50)).thenReturn(List.of(view(DEAD)));
        JsonNode dead = json(target("/rules/dead-letters").request().get(String.class));
        assertEquals("DEAD", dead.get(0).get("state").asText());
        assertEquals(4, dead.get(0).get("ruleId").asInt());
        Outbox.Firing pending = new Outbox.Firing(9, 4, 7, "CD1", "TIER_ENTERED:6>7", "TASK", "PENDING", 0,
                DEAD.createdAt(), Instant.parse("2026-11-24T02:00:00Z"), null, DEAD.lastError());
        when(rules.firing(9)).thenReturn(Optional.of(DEAD), Optional.of(pending));
        when(rules.retry(9, "admin")).thenReturn(true);
        when(rules.find(4)).thenReturn(Optional.of(SAVED));
        Response retried = target("/rules/firings/9/retry").request().post(Entity.json(""));
        assertEquals(200, retried.getStatus());
        assertEquals("PENDING", json(retried.readEntity(String.class)).get("state").asText());
        when(rules.firing(10)).thenReturn(Optional.of(pending));
        when(rules.retry(10, "admin")).thenReturn(false);
        Response refused = target("/rules/firings/10/retry").request().post(Entity.json(""));
        assertEquals(409, refused.getStatus());
        assertTrue(refused.readEntity(String.class).contains("only a DEAD firing can be retried"));
        assertEquals(404, target("/rules/firings/11/retry").request().post(Entity.json("")).getStatus());
        Outbox.Firing ofDeleted = new Outbox.Firing(12, 5, 7, "CD1", "TIER_ENTERED:6>7", "TASK", "DEAD", 1,
                DEAD.createdAt(), null, null, "the rule was deleted");
        when(rules.firing(12)).thenReturn(Optional.of(ofDeleted));
        when(rules.find(5)).thenReturn(Optional.empty());
        Response deleted = target("/rules/firings/12/retry").request().post(Entity.json(""));
        assertEquals(409, deleted.getStatus());
        assertTrue(deleted.readEntity(String.class).contains("was deleted"));
        verify(rules, never()).retry(12, "admin");
    }

    @Test
    void aRuleIsDeletedOnceAndAnUnknownOneIs404() {
        when(rules.delete(4, "admin")).thenReturn(true);
        assertEquals(204, target("/rules/4").request().delete().getStatus());
        assertEquals(404, target("/rules/5").request().delete().getStatus());
    }
}
