package org.clvplugin.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.store.RunRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The model behind the published values: the fitted parameters with standard errors and fit diagnostics, the
 * fallback reason when the formula model was used, the backtest against the formula baseline, and the settings.
 */
@Path("/model")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.READ_ADMIN)
public class ModelResource {

    /**
     * @param modelChoice          why the run fits this model: fixed by the setting, or the backtest's winner
     * @param churnOfOneTimeBuyers where the churn of contacts without a repeat purchase comes from (MBG/NBD under
     *                             BG/NBD), or why there is none
     * @param warnings             what failed after the publication, which it did not undo
     */
    public record ModelView(long runId, Instant publishedAt, String model, String modelChoice, String fallbackReason,
                            JsonNode purchaseFit, JsonNode spendFit, JsonNode churnOfOneTimeBuyers,
                            String backtestFrom, JsonNode backtest, JsonNode settings, JsonNode warnings) {
    }

    @Inject
    ClvRuntime runtime;

    @GET
    public ModelView model() throws JsonProcessingException {
        RunRecord run = runtime.runs().published()
                .orElseThrow(() -> ApiException.notFound("no run has been published yet"));
        JsonNode report = JsonMapper.MAPPER.readTree(run.report() == null ? "{}" : run.report());
        return new ModelView(run.id(), run.finishedAt(), run.model(), text(report, "modelChoice"),
                text(report, "fallbackReason"), report.get("purchaseFit"), report.get("spendFit"),
                report.get("churnOfOneTimeBuyers"), text(report, "backtestFrom"), report.get("backtest"),
                report.get("settings"), report.get("warnings"));
    }

    private static String text(JsonNode report, String field) {
        JsonNode node = report.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
