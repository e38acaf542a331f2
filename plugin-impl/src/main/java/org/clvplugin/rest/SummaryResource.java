package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.values.Dashboard;
import org.clvplugin.values.Summary;

/**
 * The dashboard: contacts per tier and segment, the CLV histogram, totals and KPIs, acquisition cohorts by month
 * or quarter of first purchase ({@code ?cohort=month|quarter}), and the trend over past runs.
 */
@Tag(name = "dashboard")
@Path("/summary")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiUser.READ_ADMIN, ApiUser.READ_SUMMARY})
public class SummaryResource {

    private final Dashboard dashboard;

    @Inject
    public SummaryResource(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Operation(operationId = "getSummary", summary = "Get the dashboard's summary",
            description = "Contacts per tier and segment, the CLV histogram, totals, KPIs, cohorts by first purchase, "
                    + "and the trend over runs, for the published run.")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = Summary.class)))
    @ApiResponse(responseCode = "404", description = "No run has been published yet")
    public Summary summary(
            @Parameter(description = "Cohorts by month or by quarter of the first purchase")
            @QueryParam("cohort") @DefaultValue("quarter") String cohort) {
        Dashboard.CohortPeriod period = switch (cohort) {
            case "month" -> Dashboard.CohortPeriod.MONTH;
            case "quarter" -> Dashboard.CohortPeriod.QUARTER;
            default -> throw new ApiException(Problem.of("invalid-parameter", "Invalid parameter", 400,
                    "cohort: month or quarter"));
        };
        return dashboard.summary(period)
                .orElseThrow(() -> ApiException.notFound("no run has been published yet"));
    }
}
