package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.settings.TierAdmin;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.tiers.TierPolicy;

/** The tier policy: read, replace, and preview a proposal without saving it. */
@Tag(name = "tiers")
@Path("/tiers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.READ_ADMIN)
public class TierResource {

    private final TierAdmin tiers;

    @Inject
    public TierResource(TierAdmin tiers) {
        this.tiers = tiers;
    }

    @Context
    SecurityContext security;

    /** Readable by sales reps too: the card and the lists name tiers and thresholds they can look up. */
    @GET
    @RolesAllowed({ApiUser.READ_CONTACTS, ApiUser.READ_ADMIN})
    @Operation(operationId = "getTierPolicy", summary = "Get the tier policy",
            description = "The tiers with their thresholds and colours, what they are based on, and the hysteresis.")
    public TierPolicy policy() {
        return tiers.policy();
    }

    @PUT
    @RolesAllowed(ApiUser.WRITE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTierPolicy", summary = "Replace the tier policy",
            description = "Validated field by field (each tier must start above the one below); the next run assigns "
                    + "tiers under it. Audited.")
    public TierPolicy replace(@NotNull TierPolicy policy) {
        try {
            return tiers.save(policy, Principals.name(security));
        } catch (InvalidFieldsException e) {
            throw FieldProblems.of("invalid-tier-policy", "Invalid tier policy", e.errors());
        }
    }

    /** Contacts per tier now and under the proposed policy; nothing is saved. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewTierPolicy", summary = "Preview a tier policy",
            description = "How many contacts each tier holds now and would hold under the policy sent; nothing is "
                    + "saved.")
    public TierAdmin.Preview preview(@NotNull TierPolicy proposed) {
        try {
            return tiers.preview(proposed);
        } catch (InvalidFieldsException e) {
            throw FieldProblems.of("invalid-tier-policy", "Invalid tier policy", e.errors());
        }
    }
}
