package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import org.clvplugin.settings.AdminSettings;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.settings.SettingView;
import org.clvplugin.api.RefusedValueException;
import org.clvplugin.schedule.CronSchedules;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;

/** The settings: every one with its value, default and help; PUT changes some of them, all or none. */
@Tag(name = "settings")
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.READ_ADMIN)
public class SettingsResource {

    private final AdminSettings settings;

    @Inject
    public SettingsResource(AdminSettings settings) {
        this.settings = settings;
    }

    @Context
    SecurityContext security;

    /**
     * A schedule as the console's picker proposes it: the next three times it would run, in the server's time
     * zone (named), or why it cannot be saved.
     */
    public record SchedulePreview(String cron, String timeZone, List<java.time.Instant> next,
                                  Problem.FieldProblem refused) {
    }

    @GET
    @Path("/schedule")
    @Operation(operationId = "previewSchedule", summary = "Preview a schedule",
            description = "For a Quartz cron expression: the next three times it would run and the server's time "
                    + "zone they are in, or, in `refused`, why it cannot be saved (it does not parse, never fires, "
                    + "or runs more often than every 15 minutes). Nothing is saved.")
    public SchedulePreview schedule(@Parameter(description = "A Quartz cron expression, e.g. 0 0 2 * * ?")
                                    @QueryParam("cron") @NotNull @Size(min = 1, max = 200) String cron) {
        String zone = java.time.ZoneId.systemDefault().getId();
        try {
            CronSchedules.requireValid(cron);
            CronSchedules.requireRunsApart(cron);
        } catch (RefusedValueException e) {
            return new SchedulePreview(cron, zone, List.of(), Problem.FieldProblem.of(e.error()));
        }
        return new SchedulePreview(cron, zone, CronSchedules.next(cron, java.time.Instant.now(), 3), null);
    }

    @GET
    @Operation(operationId = "listSettings", summary = "List the settings",
            description = "Every setting with its value, default, help and when a change takes effect.")
    public List<SettingView> all() {
        return settings.all();
    }

    /** Body: an object of setting keys and their new values, as strings. */
    @PUT
    @RolesAllowed(ApiUser.WRITE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSettings", summary = "Change settings",
            description = "Takes `{\"key\": \"value\", ...}` (1 to 50 keys); all are checked, and all or none are "
                    + "saved. Audited.")
    public List<SettingView> change(@NotNull @Size(min = 1, max = 50) Map<String, String> changes) {
        try {
            return settings.update(changes, Principals.name(security));
        } catch (InvalidFieldsException e) {
            throw FieldProblems.of("invalid-settings", "Invalid settings", e.errors());
        }
    }
}
