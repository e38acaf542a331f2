package org.clvplugin.values;

import java.time.Instant;
import java.time.LocalDate;

import org.clvplugin.api.PeriodUnit;
import org.clvplugin.store.RunRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A published run as its values need it: when it was published, its as-of date, and the settings its values were
 * computed with (kept in the run's report), so that a value is explained with the settings that made it; why the
 * run has no churn estimate or interval where it has none; the mean order value the card compares a contact's with.
 *
 * @param churnUnavailable             why no contact of the run has a churn estimate (the formula model), or null
 * @param oneTimeBuyersChurnUnavailable why contacts without a repeat purchase have none, or null
 * @param intervalUnavailable          why the run's values have no likely range, or null
 */
public record RunContext(long id, Instant publishedAt, LocalDate asOf, String model, String currency,
                         int horizonMonths, double monthlyDiscount, double margin, PeriodUnit unit,
                         double meanOrderValue, String churnUnavailable, String oneTimeBuyersChurnUnavailable,
                         String intervalUnavailable) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RunContext of(RunRecord run) {
        JsonNode report;
        try {
            report = JSON.readTree(run.report() == null ? "{}" : run.report());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the report of run " + run.id() + " is not JSON: " + e.getMessage(), e);
        }
        JsonNode settings = report.path("settings");
        return new RunContext(run.id(), run.finishedAt(), run.asOf(), run.model(),
                settings.path("currency").asText("USD"), settings.path("horizonMonths").asInt(12),
                settings.path("monthlyDiscount").asDouble(0.01), settings.path("margin").asDouble(1.0),
                PeriodUnit.parse(settings.path("timeUnit").asText("week")),
                report.path("meanOrderValue").asDouble(0), text(report.path("churnUnavailable")),
                text(report.path("churnOfOneTimeBuyers").path("unavailable")),
                text(report.path("intervalUnavailable")));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
