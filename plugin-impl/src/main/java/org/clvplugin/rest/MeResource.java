package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.clvplugin.api.host.ApiUser;

/** Who is signed in and what they may do: the UI shows only what the user can use. */
@Tag(name = "service")
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiUser.READ_CONTACTS, ApiUser.READ_SUMMARY, ApiUser.READ_ADMIN, ApiUser.WRITE_RULES,
        ApiUser.WRITE_ADMIN})
public class MeResource {

    /** The user's name, own party (a sales rep's, or null) and permissions, sorted. */
    public record Me(String name, String partyId, List<String> permissions) {
    }

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "getMe", summary = "Who is signed in",
            description = "The user's name, own party (a sales rep's) and permissions, so that a client shows only "
                    + "what the user may use.")
    public Me get() {
        ApiUser user = ApiSecurity.user(security).orElseThrow();
        return new Me(user.name(), user.partyId(), user.permissions().stream().sorted().toList());
    }
}
