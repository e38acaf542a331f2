package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

import org.clvplugin.values.ContactValue;
import org.clvplugin.values.RunContext;
import org.clvplugin.values.ValueHistory;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ContactResourceTest extends ApiTest {

    static final RunContext RUN = new RunContext(7, Instant.parse("2026-11-23T02:00:05Z"),
            LocalDate.of(1998, 6, 30), "bgnbd", "USD", 12, 0.01, 1.0, org.clvplugin.api.PeriodUnit.WEEK, 35.2, null,
            null, null);

    static ContactValue scored(double clv) {
        return new ContactValue("CD0001", "Ann Adams", "REP_ANNA", "Anna Andersen", ContactValue.Status.SCORED,
                RUN,
                new ContactValue.Freshness(false, Instant.parse("2026-11-24T03:00:00Z")), "USD", 4,
                LocalDate.of(1997, 1, 1), LocalDate.of(1998, 3, 1), 120.5,
                new ContactValue.Prediction(clv, clv * 0.6, clv * 1.5, null, 1.8, 12, 30.2, 0.73, 0.27, "bgnbd", null,
                        "bgnbd"),
                new ContactValue.TierView("SILVER", "Silver", "#8A9597", LocalDate.of(2026, 11, 1), "PREDICTED_CLV",
                        "GOLD", "Gold", 500 - clv, (clv - 100) / 400, 2, 4),
                new ContactValue.RfmView(4, 3, 5, "Loyal customers"),
                new ContactValue.Explanation(1.8, 30.2, 1.0, 0.95, 12, 0.01, 54.36, clv,
                        new ContactValue.Drivers(4, 78, 17.4, 19.5, 0.9, 30.13, 35.2, "AGREE"),
                        "About 1.80 orders ..."));
    }

    @Test
    void theCardCarriesEveryFigureWithAnEtag() throws Exception {
        when(values.of("CD0001")).thenReturn(Optional.of(scored(320)));
        Response r = target("/contacts/CD0001/value").request().get();
        assertEquals(200, r.getStatus());
        assertEquals("application/json", r.getMediaType().toString());
        assertNotNull(r.getEntityTag());
        JsonNode card = json(r.readEntity(String.class));
        assertEquals("Ann Adams", card.get("name").asText());
        assertEquals("SCORED", card.get("status").asText());
        assertEquals(320, card.get("prediction").get("clv").asDouble());
        assertEquals(192, card.get("prediction").get("clvLow").asDouble(), 1e-9);
        assertEquals("Silver", card.get("tier").get("name").asText());
        assertEquals(180, card.get("tier").get("missingToNext").asDouble(), 1e-9);
        assertEquals(0.55, card.get("tier").get("progressToNext").asDouble(), 1e-9);
        assertFalse(card.get("freshness").get("stale").asBoolean());
        assertEquals("2026-11-24T03:00:00Z", card.get("freshness").get("dueBy").asText());
        assertEquals("Loyal customers", card.get("rfm").get("segment").asText());
        assertEquals(7, card.get("run").get("id").asLong());
        assertEquals("2026-11-23T02:00:05Z", card.get("run").get("publishedAt").asText());
        assertEquals("1998-03-01", card.get("lastOrderDate").asText());
        assertEquals(0.95, card.get("explanation").get("discountFactor").asDouble());
    }

    @Test
    void anUnchangedCardIsNotSentAgain() {
        when(values.of("CD0001")).thenReturn(Optional.of(scored(320)));
        String tag = target("/contacts/CD0001/value").request().get().getHeaderString("ETag");
        Response again = target("/contacts/CD0001/value").request().header("If-None-Match", tag).get();
        assertEquals(304, again.getStatus());
        assertFalse(again.hasEntity());

        when(values.of("CD0001")).thenReturn(Optional.of(scored(333)));
        Response changed = target("/contacts/CD0001/value").request().header("If-None-Match", tag).get();
        assertEquals(200, changed.getStatus(), "a new value has a new tag");
        assertFalse(tag.equals(changed.getHeaderString("ETag")));
    }

    @Test
    void aContactWithoutOrdersGetsAnAnswerNotAnError() throws Exception {
        when(values.of("NEW1")).thenReturn(Optional.of(new ContactValue("NEW1", "Nora New", null, null,
                ContactValue.Status.NO_ORDERS, RUN, null, "USD", 0, null, null, 0, null, null, null, null)));
        Response r = target("/contacts/NEW1/value").request().get();
        assertEquals(200, r.getStatus());
        JsonNode card = json(r.readEntity(String.class));
        assertEquals("NO_ORDERS", card.get("status").asText());
        assertTrue(card.get("prediction").isNull());
    }

    @Test
    void anUnknownPartyIs404AsProblemDetails() throws Exception {
        when(values.of(anyString())).thenReturn(Optional.empty());
        Response r = target("/contacts/NOBODY/value").request().get();
        assertEquals(404, r.getStatus());
        assertEquals("application/problem+json", r.getMediaType().toString());
        JsonNode problem = json(r.readEntity(String.class));
        assertEquals("https://clvplugin.org/problems/not-found", problem.get("type").asText());
        assertEquals(404, problem.get("status").asInt());
        assertEquals("no contact with this party id", problem.get("detail").asText());
    }

    @Test
    void pathIdsWithSqlHtmlOrTooMuchAreAnsweredCalmly() throws Exception {
        when(values.of(anyString())).thenReturn(Optional.empty());
        assertEquals(404, target("/contacts/").path("' OR 1=1 --").path("value").request().get().getStatus());
        Response html = target("/contacts/").path("<script>x</script>").path("value").request().get();
        assertEquals(404, html.getStatus());
        assertFalse(html.readEntity(String.class).contains("<script>"), "the id is not echoed");
        Response tooLong = target("/contacts/").path("P".repeat(5000)).path("value").request().get();
        assertEquals(400, tooLong.getStatus());
        assertEquals("https://clvplugin.org/problems/invalid-party-id",
                json(tooLong.readEntity(String.class)).get("type").asText());
        verify(values, never()).of("P".repeat(5000));
    }

    @Test
    void theHistoryListsRunsAndTierChanges() throws Exception {
        when(values.history("CD0001")).thenReturn(Optional.of(new ValueHistory("CD0001", List.of(
                new ValueHistory.Point(6, Instant.parse("2026-11-22T02:00:04Z"), LocalDate.of(1998, 6, 30), 300,
                        200.0, 420.0, 120.5, "SILVER", "Loyal customers"),
                new ValueHistory.Point(7, Instant.parse("2026-11-23T02:00:05Z"), LocalDate.of(1998, 6, 30), 320,
                        210.0, 450.0, 120.5, "SILVER", "Loyal customers")),
                List.of(new ValueHistory.TierMove(5, Instant.parse("2026-11-21T02:00:03Z"), "BRONZE", "Bronze",
                        "SILVER", "Silver", "#8A9597", ValueHistory.Direction.UP,
                        "threshold of SILVER crossed at 150.00",
                        org.clvplugin.tiers.TierReason.parse("threshold of SILVER crossed at 150.00"))))));
        JsonNode h = json(target("/contacts/CD0001/history").request().get(String.class));
        assertEquals(2, h.get("points").size());
        assertEquals(320, h.get("points").get(1).get("clv").asDouble());
        assertEquals("threshold of SILVER crossed at 150.00", h.get("tierChanges").get(0).get("reason").asText());
        assertEquals("UP", h.get("tierChanges").get(0).get("direction").asText());
        assertEquals("Silver", h.get("tierChanges").get(0).get("toName").asText());
        assertEquals("CROSSED", h.get("tierChanges").get(0).get("why").get("kind").asText());
        assertEquals(150.0, h.get("tierChanges").get(0).get("why").get("value").asDouble());
        when(values.history("NOBODY")).thenReturn(Optional.empty());
        assertEquals(404, target("/contacts/NOBODY/history").request().get().getStatus());
    }

    @Test
    void unknownAddressesAndMethodsAreProblemsToo() throws Exception {
        Response none = target("/no/such/thing").request().get();
        assertEquals(404, none.getStatus());
        assertEquals("application/problem+json", none.getMediaType().toString());
        Response post = target("/contacts/CD0001/value").request().post(Entity.json("{}"));
        assertEquals(405, post.getStatus());
        assertEquals("https://clvplugin.org/problems/method-not-allowed",
                json(post.readEntity(String.class)).get("type").asText());
    }

    @Test
    void anUnexpectedFailureIs500WithAnIdAndNoInternals() throws Exception {
        when(values.of("CD0001")).thenThrow(new IllegalStateException("ERROR: relation \"clv_snapshot\" does not "
                + "exist at org.postgresql.core..."));
        Response r = target("/contacts/CD0001/value").request().get();
        assertEquals(500, r.getStatus());
        String body = r.readEntity(String.class);
        JsonNode problem = json(body);
        assertFalse(body.contains("clv_snapshot") || body.contains("org.postgresql"), body);
        assertTrue(problem.get("detail").asText().contains(problem.get("errorId").asText()));
    }
}
