package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import org.clvplugin.schedule.RunTrigger;
import org.clvplugin.store.RunRepository;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.clvplugin.api.host.ApiUser;

import org.clvplugin.store.RunRecord;
import org.clvplugin.store.SettingsRepository;

/**
 * GET /health: the database, the last run, the published run and any stored setting that could not be applied.
 * 503 when the database cannot be reached. Anyone may ask, so a failed run's error text (which can carry SQL) and
 * why a setting was not applied go only to those who may read the admin pages; others see the state, the times and
 * the run's id, and the setting's name.
 */
@Tag(name = "service")
@Path("/health")
@PermitAll
public class HealthResource {

    /** A run as the health check shows it; the error only to admins (null for others). */
    public record RunStatus(long id, RunRecord.State state, RunRecord.Phase phase, Instant startedAt,
                            Instant finishedAt, String model, String error) {
        static RunStatus of(RunRecord r, boolean withError) {
            return new RunStatus(r.id(), r.state(), r.phase(), r.startedAt(), r.finishedAt(), r.model(),
                    withError ? r.errorMessage() : null);
        }
    }

    private final DataSource dataSource;
    private final RunRepository runs;
    private final RunTrigger trigger;

    @Inject
    public HealthResource(DataSource dataSource, RunRepository runs, RunTrigger trigger) {
        this.dataSource = dataSource;
        this.runs = runs;
        this.trigger = trigger;
    }

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getHealth", summary = "Check the plugin's health",
            description = "Whether the database answers and how the runs stand (state, times, run id). 503 while the "
                    + "database is down. A failed run's error text and why a setting was not applied only to admins.")
    @ApiResponse(responseCode = "200", description = "UP: the database answers",
            content = @Content(schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "503", description = "DOWN: the database does not answer",
            content = @Content(schema = @Schema(type = "object")))
    public Response health() {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> database = new LinkedHashMap<>();
        boolean up;
        try (Connection c = dataSource.getConnection()) {
            database.put("product", c.getMetaData().getDatabaseProductName());
            up = c.isValid(5);
            database.put("reachable", up);
        } catch (SQLException e) {
            database.put("reachable", false);
            up = false;
        }
        body.put("status", up ? "UP" : "DOWN");
        body.put("database", database);
        if (up) {
            boolean admin = security != null && security.getUserPrincipal() != null
                    && security.isUserInRole(ApiUser.READ_ADMIN);
            body.put("lastRun", runs.latest().map(r -> RunStatus.of(r, admin)).orElse(null));
            body.put("publishedRun", runs.published().map(r -> RunStatus.of(r, admin)).orElse(null));
            // A stored setting the host could not apply: admins read why, others that there is one.
            trigger.settingNotApplied().ifPresent(why -> body.put("settingsNotApplied",
                    List.of(admin ? why : SettingsRepository.SCHEDULE_CRON)));
        }
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
