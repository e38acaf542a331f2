package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.schedule.RunTrigger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.report.RunReport;
import org.clvplugin.store.AuditRecord;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Runs: the list, one run with its progress and report, and "recompute now". */
@Tag(name = "runs")
@Path("/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.READ_ADMIN)
public class RunResource {

    /** A run in the list: state and progress, no report. */
    public record RunSummary(long id, RunRecord.State state, String triggeredBy, LocalDate asOf,
                             Instant requestedAt, Instant startedAt, Instant finishedAt, RunRecord.Phase phase,
                             long contactsDone, long contactsTotal, String model, String error) {
        static RunSummary of(RunRecord r) {
            return new RunSummary(r.id(), r.state(), r.triggeredBy(), r.asOf(), r.requestedAt(),
                    r.startedAt(), r.finishedAt(), r.phase(), r.contactsDone(), r.contactsTotal(), r.model(),
                    r.errorMessage());
        }
    }

    /** One run with its report (counts, skips, fits, fallbacks, backtest, tiers, time per phase). */
    public record RunDetail(RunSummary run, RunReport report) {
    }

    /** What "recompute now" did: the run it started. */
    public record Started(boolean started, long runId, String message) {
    }

    private final RunRepository runs;
    private final RunTrigger trigger;
    private final AuditRepository audit;

    @Inject
    public RunResource(RunRepository runs, RunTrigger trigger, AuditRepository audit) {
        this.runs = runs;
        this.trigger = trigger;
        this.audit = audit;
    }

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listRuns", summary = "List the recompute runs",
            description = "Runs newest first, with state, phase, progress and times. For the next page, send the last "
                    + "run's id as `before`.")
    public List<RunSummary> list(
            @Parameter(description = "How many runs, 1 to 100")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "Only runs older than this id: the last id of the previous page")
            @QueryParam("before") @Min(1) Long before) {
        return runs.recent(limit, before).stream().map(RunSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRun", summary = "Get a run and its report",
            description = "One run with its report: counts, the model chosen and why, the backtest, tier moves, rule "
                    + "firings, warnings, timings.")
    public RunDetail get(@Parameter(description = "The run's id") @PathParam("id") long id) {
        RunRecord run = runs.find(id).orElseThrow(() -> ApiException.notFound("no run " + id));
        return new RunDetail(RunSummary.of(run), run.report().orElse(null));
    }

    /**
     * Starts a recompute: 202 with the new run (and its address in Location); while one is in progress, on any
     * node, 409 naming it. Of requests at once exactly one starts a run.
     */
    @POST
    @RolesAllowed(ApiUser.WRITE_ADMIN)
    @ApiResponse(responseCode = "202", description = "a recompute has started",
            content = @Content(schema = @Schema(implementation = Started.class)))
    @ApiResponse(responseCode = "409", description = "a run is in progress")
    @Operation(operationId = "startRun", summary = "Recompute now",
            description = "Starts a recompute with the stored settings: 202 with the new run's id and its Location, "
                    + "or 409 naming the run in progress (one run at a time, on every node). Audited.")
    public Response start(@Context jakarta.ws.rs.core.UriInfo uri) {
        String by = Principals.name(security);
        RunRepository.Claim run = trigger.trigger(by);
        if (!run.started()) {
            throw new ApiException(Problem.of("run-in-progress", "A run is in progress", 409,
                    "run " + run.runId() + " is in progress; try again when it has finished"));
        }
        audit.record(new AuditRecord(Instant.now(), by, "RUN_REQUESTED", "run " + run.runId(), null,
                null));
        return Response.accepted(new Started(true, run.runId(), "run " + run.runId()
                + " has started; follow it in GET /runs/" + run.runId()))
                .location(uri.getBaseUriBuilder().path("runs").path(Long.toString(run.runId())).build()).build();
    }
}
