package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.api.host.ApiUser;
import org.clvplugin.tokens.ApiTokens;
import org.clvplugin.tokens.NewToken;
import org.clvplugin.tokens.TokenView;

/**
 * API tokens for other systems: admins list them ({@code GET /tokens}: name, first characters, scopes, owner, who
 * made it, last use), make one ({@code POST /tokens}: the token is in the answer, and never again) and revoke one
 * ({@code DELETE /tokens/{id}}). A token is sent as {@code Authorization: Bearer clv_...}.
 */
@Tag(name = "tokens")
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.WRITE_ADMIN)
public class TokensResource {

    private final ApiTokens tokens;

    @Context
    private SecurityContext security;

    @Inject
    public TokensResource(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GET
    @RolesAllowed(ApiUser.READ_ADMIN)
    @Operation(operationId = "listTokens", summary = "List the API tokens",
            description = "Every token, active and revoked, newest first: name, first characters, scopes, owner, who "
                    + "made it, last use. Never the token itself.")
    public List<TokenView> all() {
        return tokens.all();
    }

    /** 201 with the token (shown this once) and how it is listed; 400 naming each field that is not right. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Make an API token",
            description = "Answers 201 with the token, shown this once, and how it is listed from now on. Refused "
                    + "fields are named. Audited.")
    @ApiResponse(responseCode = "201", description = "the token, shown this once, and how it is listed",
            content = @Content(schema = @Schema(implementation = ApiTokens.Made.class)))
    public Response create(@NotNull NewToken request, @Context UriInfo uri) {
        ApiTokens.Made made;
        try {
            made = tokens.create(request, Principals.name(security));
        } catch (InvalidFieldsException e) {
            throw FieldProblems.of("invalid-token", "Invalid token request", e.errors());
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.view().id())).build())
                .entity(made).build();
    }

    /** Revokes a token: refused from the next request on; 200 with how it is listed now, 404 for no such token. */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke an API token",
            description = "The token is refused from the next request on, on every node. Revoking a revoked token "
                    + "changes nothing. Audited.")
    public TokenView revoke(@Parameter(description = "The token's id") @PathParam("id") long id) {
        return tokens.revoke(id, Principals.name(security))
                .orElseThrow(() -> ApiException.notFound("no API token " + id));
    }
}
