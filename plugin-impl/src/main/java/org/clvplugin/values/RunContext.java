package org.clvplugin.values;

import java.time.Instant;
import java.time.LocalDate;

import org.clvplugin.store.RunRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A published run as its values need it: when it was published, its as-of date, and the settings its values were
 * computed with (kept in the run's report), so that a value is explained with the settings that made it.
 */
public record RunContext(long id, Instant publishedAt, LocalDate asOf, String model, String currency,
                         double predictionWeeks, int horizonMonths, double monthlyDiscount, double margin) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RunContext of(RunRecord run) {
        JsonNode settings;
        try {
            settings = JSON.readTree(run.report() == null ? "{}" : run.report()).path("settings");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the report of run " + run.id() + " is not JSON: " + e.getMessage(), e);
        }
        return new RunContext(run.id(), run.finishedAt(), run.asOf(), run.model(),
                settings.path("currency").asText("USD"), settings.path("predictionWeeks").asDouble(52),
                settings.path("horizonMonths").asInt(12), settings.path("monthlyDiscount").asDouble(0.01),
                settings.path("margin").asDouble(1.0));
    }
}
