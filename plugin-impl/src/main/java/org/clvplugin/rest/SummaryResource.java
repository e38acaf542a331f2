package org.clvplugin.rest;

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
    public Summary summary(@QueryParam("cohort") @DefaultValue("quarter") String cohort) {
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
