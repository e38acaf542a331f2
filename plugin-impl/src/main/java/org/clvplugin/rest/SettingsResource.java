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
