package org.clvplugin.rest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.clvplugin.store.RunRecord;

/** GET /health: the database, the last run and the published run. 503 when the database cannot be reached. */
@Path("/health")
@PermitAll
public class HealthResource {

    /** A run as the health check shows it. */
    public record RunStatus(long id, String state, String phase, Instant startedAt, Instant finishedAt,
                            String model, String error) {
        static RunStatus of(RunRecord r) {
            return new RunStatus(r.id(), r.state().name(), r.phase(), r.startedAt(), r.finishedAt(), r.model(),
                    r.errorMessage());
        }
    }

    @Inject
    ClvRuntime runtime;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> database = new LinkedHashMap<>();
        boolean up;
        try (Connection c = runtime.dataSource().getConnection()) {
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
            body.put("lastRun", runtime.runs().latest().map(RunStatus::of).orElse(null));
            body.put("publishedRun", runtime.runs().published().map(RunStatus::of).orElse(null));
        }
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
