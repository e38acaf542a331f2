package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clvplugin.values.Dashboard;
import org.clvplugin.values.Summary;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class SummaryResourceTest extends ApiTest {

    static final Summary SUMMARY = new Summary(7, Instant.parse("2026-11-23T02:00:05Z"), "USD", 10, 9, 1234.5,
            2000, new Summary.Kpis(0.4, 0.3, 0, 35.2, 2.9), Map.of("GOLD", 2L, "(none)", 1L), Map.of("Champions", 3L),
            new Summary.Histogram(new double[] {0, 10, 20}, new long[] {5, 4}), "quarter",
            List.of(new Summary.Cohort("1997-Q1", 9, 200, 137, 0.7)),
            List.of(new Summary.TrendPoint(7, Instant.parse("2026-11-23T02:00:05Z"), 1234.5, Map.of("GOLD", 2L))));

    @Test
    void theDashboardFiguresAndTheCohortChoice() throws Exception {
        when(dashboard.summary(Dashboard.CohortPeriod.QUARTER)).thenReturn(Optional.of(SUMMARY));
        JsonNode s = json(target("/summary").request().get(String.class));
        assertEquals(0.4, s.get("kpis").get("repeatPurchaseRate").asDouble());
        assertEquals("1997-Q1", s.get("cohorts").get(0).get("period").asText());
        assertEquals(5, s.get("histogram").get("counts").get(0).asLong());
        assertEquals(20, s.get("histogram").get("edges").get(2).asDouble());
        when(dashboard.summary(Dashboard.CohortPeriod.MONTH)).thenReturn(Optional.empty());
        assertEquals(404, target("/summary").queryParam("cohort", "month").request().get().getStatus());
        assertEquals(400, target("/summary").queryParam("cohort", "year").request().get().getStatus());
    }
}
