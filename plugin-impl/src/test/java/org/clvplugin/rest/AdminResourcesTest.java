package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.settings.SettingView;
import org.clvplugin.settings.TierAdmin;
import org.clvplugin.store.AuditRecord;
import org.clvplugin.store.RunRecord;
import org.clvplugin.tiers.TierPolicy;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs, settings, tiers, model and audit in process, over mocked services. */
class AdminResourcesTest extends ApiTest {

    static final String POLICY = "{\"basis\":\"PREDICTED_CLV\",\"tiers\":[{\"key\":\"VIP\",\"displayName\":\"VIP\","
            + "\"colour\":\"#112233\",\"threshold\":1000}],\"hysteresis\":{\"grace\":14,\"minimumInTier\":30,"
            + "\"unit\":\"DAYS\"}}";

    static RunRecord run(long id, RunRecord.State state, String report) {
        RunRecord r = Mockito.mock(RunRecord.class);
        when(r.id()).thenReturn(id);
        when(r.state()).thenReturn(state);
        when(r.triggeredBy()).thenReturn("schedule");
        when(r.asOf()).thenReturn(LocalDate.of(1998, 6, 30));
        when(r.finishedAt()).thenReturn(Instant.parse("2026-11-23T02:00:05Z"));
        when(r.model()).thenReturn("bgnbd");
        when(r.report()).thenReturn(java.util.Optional.ofNullable(report).map(org.clvplugin.report.RunReport::read));
        return r;
    }

    @Test
    void aScheduleIsPreviewedWithItsNextRunsOrWhyItCannotBeSaved() throws Exception {
        JsonNode nightly = json(target("/settings/schedule").queryParam("cron", "0 0 2 * * ?").request()
                .get(String.class));
        assertEquals(java.time.ZoneId.systemDefault().getId(), nightly.get("timeZone").asText());
        assertEquals(3, nightly.get("next").size());
        java.time.ZonedDateTime first = java.time.Instant.parse(nightly.get("next").get(0).asText())
                .atZone(java.time.ZoneId.systemDefault());
        assertEquals(2, first.getHour(), "at 02:00 server time");
        assertEquals(first.plusDays(1).toInstant().toString(), java.time.Instant.parse(nightly.get("next").get(1)
                .asText()).toString(), "a day apart");
        assertTrue(nightly.get("refused").isNull() || nightly.get("refused").isMissingNode());
        for (String[] refused : new String[][] {{"0 0 2 31 2 ?", "cron.never"}, {"0 * * * * ?", "cron.tooOften"},
                {"every night", "cron.invalid"}}) {
            JsonNode answer = json(target("/settings/schedule").queryParam("cron", refused[0]).request()
                    .get(String.class));
            assertEquals(refused[1], answer.at("/refused/code").asText(), refused[0]);
            assertEquals("schedule.cron", answer.at("/refused/field").asText());
            assertEquals(0, answer.get("next").size());
        }
        assertEquals(400, target("/settings/schedule").request().get().getStatus(), "no cron");
    }

    @Test
    void runsAreListedAndShownWithTheirReport() throws Exception {
        RunRecord running = run(8, RunRecord.State.RUNNING, null);
        RunRecord done = run(7, RunRecord.State.SUCCEEDED, "{\"model\":\"bgnbd\"}");
        when(runs.recent(20, null)).thenReturn(List.of(running, done));
        JsonNode list = json(target("/runs").request().get(String.class));
        assertEquals(2, list.size());
        assertEquals("RUNNING", list.get(0).get("state").asText());
        when(runs.find(7)).thenReturn(Optional.of(done));
        JsonNode one = json(target("/runs/7").request().get(String.class));
        assertEquals("bgnbd", one.get("report").get("model").asText());
        when(runs.find(99)).thenReturn(Optional.empty());
        assertEquals(404, target("/runs/99").request().get().getStatus());
        assertEquals(400, target("/runs").queryParam("limit", 1000).request().get().getStatus());
        assertEquals(400, target("/runs").queryParam("limit", "ten").request().get().getStatus());
        assertEquals(400, target("/runs/abc").request().get().getStatus());
    }

    @Test
    void recomputeNowStartsOrNamesTheRunningRun() throws Exception {
        when(trigger.trigger(anyString())).thenReturn(new org.clvplugin.store.RunRepository.Claim(7, true));
        Response started = target("/runs").request().post(Entity.json(""));
        assertEquals(202, started.getStatus());
        assertTrue(started.getLocation().getPath().endsWith("/runs/7"), started.getLocation().toString());
        assertEquals(7, json(started.readEntity(String.class)).get("runId").asInt());
        ArgumentCaptor<AuditRecord> audited = ArgumentCaptor.forClass(AuditRecord.class);
        verify(audit).record(audited.capture());
        assertEquals("RUN_REQUESTED", audited.getValue().action());
        assertEquals("admin", audited.getValue().actor());
        when(trigger.trigger(anyString())).thenReturn(new org.clvplugin.store.RunRepository.Claim(12, false));
        Response busy = target("/runs").request().post(Entity.json(""));
        assertEquals(409, busy.getStatus());
        JsonNode problem = json(busy.readEntity(String.class));
        assertEquals("https://clvplugin.org/problems/run-in-progress", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("run 12"));
    }

    @Test
    void settingsAreListedAndChangedAllOrNothing() throws Exception {
        SettingView margin = new SettingView("clv.margin", "0.3", "1.0", false, "The share of spend ...",
                SettingView.TakesEffect.NEXT_RUN);
        when(settings.all()).thenReturn(List.of(margin));
        assertEquals("0.3", json(target("/settings").request().get(String.class)).get(0).get("value").asText());

        when(settings.update(eq(Map.of("clv.margin", "0.4")), anyString())).thenReturn(List.of(margin));
        assertEquals(200, target("/settings").request().put(Entity.json("{\"clv.margin\":\"0.4\"}")).getStatus());

        when(settings.update(eq(Map.of("clv.margin", "2", "model.purchase", "weibull")), anyString()))
                .thenThrow(new InvalidFieldsException("settings", List.of(
                        new FieldError("clv.margin", "margin must be in [0, 1], was 2.0"),
                        new FieldError("model.purchase", "'weibull' cannot be used"))));
        Response refused = target("/settings").request().put(Entity.json(
                "{\"clv.margin\":\"2\",\"model.purchase\":\"weibull\"}"));
        assertEquals(400, refused.getStatus());
        JsonNode problem = json(refused.readEntity(String.class));
        assertEquals(2, problem.get("errors").size());
        assertEquals("clv.margin", problem.get("errors").get(0).get("field").asText());
        assertEquals(400, target("/settings").request().put(Entity.json("{}")).getStatus(), "nothing to change");
    }

    @Test
    void theTierPolicyIsReadReplacedAndPreviewed() throws Exception {
        when(tiers.policy()).thenReturn(TierPolicy.defaults());
        JsonNode policy = json(target("/tiers").request().get(String.class));
        assertEquals("BRONZE", policy.get("tiers").get(0).get("key").asText());
        assertEquals("RUNS", policy.get("hysteresis").get("unit").asText());

        when(tiers.save(any(), anyString())).thenAnswer(a -> a.getArgument(0));
        JsonNode saved = json(target("/tiers").request().put(Entity.json(POLICY), String.class));
        assertEquals("VIP", saved.get("tiers").get(0).get("key").asText());

        when(tiers.save(any(), anyString())).thenThrow(new InvalidFieldsException("tier policy", List.of(
                new FieldError("tiers[0].colour", "a colour like #C9A227, was 'red'"))));
        Response bad = target("/tiers").request().put(Entity.json(POLICY.replace("#112233", "red")));
        assertEquals(400, bad.getStatus());
        assertEquals("tiers[0].colour", json(bad.readEntity(String.class)).get("errors").get(0).get("field")
                .asText());

        when(tiers.preview(any())).thenReturn(new TierAdmin.Preview(7L, Map.of("GOLD", 10L), Map.of("VIP", 4L)));
        JsonNode preview = json(target("/tiers/preview").request().post(Entity.json(POLICY), String.class));
        assertEquals(4, preview.get("after").get("VIP").asLong());
    }

    @Test
    void theModelOfThePublishedRun() throws Exception {
        String stored;
        try (var in = getClass().getResourceAsStream("/org/clvplugin/report/cdnow-before-versions.json")) {
            stored = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        RunRecord published = run(7, RunRecord.State.SUCCEEDED, stored);
        when(runs.published()).thenReturn(Optional.of(published));
        JsonNode model = json(target("/model").request().get(String.class));
        assertEquals(-173351.34631378017, model.get("purchaseFit").get("logLikelihood").asDouble());
        assertEquals(23571, model.get("backtest").get("contacts").asInt());
        assertEquals("1998-02-15", model.get("backtestFrom").asText());
        assertEquals(3, model.get("backtest").get("candidates").size());
        when(runs.published()).thenReturn(Optional.empty());
        assertEquals(404, target("/model").request().get().getStatus());
    }

    @Test
    void theAuditTrailNewestFirst() throws Exception {
        when(audit.recent(50, null)).thenReturn(List.of(new AuditRecord(Instant.parse("2026-11-23T10:00:00Z"),
                "admin", "SETTINGS_CHANGED", "clv.margin", "{\"clv.margin\":null}", "{\"clv.margin\":\"0.3\"}")));
        JsonNode trail = json(target("/audit").request().get(String.class));
        assertEquals("admin", trail.get(0).get("actor").asText());
        assertEquals("0.3", trail.get(0).get("after").get("clv.margin").asText(), "an object, not JSON in a string");
        assertTrue(trail.get(0).get("before").get("clv.margin").isNull());
        assertEquals(400, target("/audit").queryParam("limit", 0).request().get().getStatus());
        verify(audit, never()).recent(eq(0), isNull());
        verify(audit, never()).recent(anyInt(), eq(-1L));
    }
}
