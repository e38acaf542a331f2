package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.clvplugin.api.FitResult;
import org.clvplugin.api.host.ApiUser;
import org.clvplugin.report.BacktestResult;
import org.clvplugin.report.RunReport;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.RunRecord;


/**
 * The model behind the published values: the fitted parameters with standard errors and fit diagnostics, the
 * fallback reason when the formula model was used, the backtest against the formula baseline, and the settings.
 */
@Tag(name = "model")
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
                            FitResult purchaseFit, FitResult spendFit, RunReport.OneTimeBuyers churnOfOneTimeBuyers,
                            LocalDate backtestFrom, BacktestResult backtest, RunReport.SettingsUsed settings,
                            List<String> warnings) {
    }

    private final RunRepository runs;

    @Inject
    public ModelResource(RunRepository runs) {
        this.runs = runs;
    }

    @GET
    @Operation(operationId = "getModel", summary = "Get the published run's model",
            description = "The model and why it was chosen (fixed, or the backtest's winner), fitted parameters with "
                    + "standard errors, fit diagnostics, the backtest with every candidate's holdout figures, "
                    + "warnings, and the settings the run used.")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ModelView.class)))
    @ApiResponse(responseCode = "404", description = "No run has been published yet")
    public ModelView model() {
        RunRecord run = runs.published()
                .orElseThrow(() -> ApiException.notFound("no run has been published yet"));
        RunReport report = run.report().orElseThrow(() -> new IllegalStateException("the published run "
                + run.id() + " has no report"));
        RunReport.Fit fit = report.fit();
        return new ModelView(run.id(), run.finishedAt(), run.model(), report.backtested().modelChoice(),
                fit.fallbackReason(), fit.purchaseFit(), fit.spendFit(), fit.churnOfOneTimeBuyers(),
                report.backtested().backtestFrom(), report.backtested().backtest(), report.settings(),
                report.warnings());
    }
}
