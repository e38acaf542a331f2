package org.clvplugin.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.rules.Action;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.rules.Rule;
import org.clvplugin.rules.RuleAdmin;
import org.clvplugin.rules.RuleFilter;
import org.clvplugin.rules.RuleStore;
import org.clvplugin.rules.Trigger;

/**
 * Follow-up rules: {@code GET|POST /rules}, {@code GET|PUT /rules/{id}}, {@code POST /rules/{id}/dry-run} (what
 * the rule would do on the last change between runs, doing nothing), {@code POST /rules/dry-run} (the same for a
 * rule not saved yet) and {@code GET /rules/{id}/firings}.
 */
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiUser.READ_ADMIN)
public class RulesResource {

    /** A rule as admins send it (the id is the path's). */
    public record RuleRequest(String name, boolean enabled, Trigger trigger, RuleFilter filter, Action action,
                              int cooldownHours, Integer maxPerRun) {
        Rule toRule(Long id) {
            return new Rule(id, name, enabled, trigger, filter, action, cooldownHours, maxPerRun);
        }
    }

    @Inject
    ClvRuntime runtime;

    @Context
    SecurityContext security;

    @GET
    public List<Rule> all() {
        return runtime.rules().all();
    }

    @POST
    @RolesAllowed(ApiUser.WRITE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull RuleRequest request) {
        Rule saved = save(request.toRule(null));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @GET
    @Path("/{id}")
    public Rule get(@PathParam("id") long id) {
        return rule(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(ApiUser.WRITE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Rule change(@PathParam("id") long id, @NotNull RuleRequest request) {
        rule(id);
        return save(request.toRule(id));
    }

    @POST
    @Path("/{id}/dry-run")
    public RuleAdmin.DryRun dryRun(@PathParam("id") long id,
                                   @QueryParam("sample") @DefaultValue("10") @Min(0) @Max(100) int sample) {
        return runtime.rules().dryRun(rule(id), sample);
    }

    @POST
    @Path("/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleAdmin.DryRun dryRunUnsaved(@NotNull RuleRequest request,
                                          @QueryParam("sample") @DefaultValue("10") @Min(0) @Max(100) int sample) {
        Rule rule = request.toRule(null);
        List<org.clvplugin.api.FieldError> errors = runtime.rules().problems(rule);
        if (!errors.isEmpty()) {
            throw FieldProblems.of("invalid-rule", "Invalid rule", errors);
        }
        return runtime.rules().dryRun(rule, sample);
    }

    @GET
    @Path("/{id}/firings")
    public List<RuleStore.Firing> firings(@PathParam("id") long id,
                                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        rule(id);
        return runtime.rules().firings(id, limit);
    }

    private Rule rule(long id) {
        return runtime.rules().find(id).orElseThrow(() -> ApiException.notFound("no rule " + id));
    }

    private Rule save(Rule rule) {
        try {
            return runtime.rules().save(rule, Principals.name(security));
        } catch (InvalidFieldsException e) {
            throw FieldProblems.of("invalid-rule", "Invalid rule", e.errors());
        }
    }
}
