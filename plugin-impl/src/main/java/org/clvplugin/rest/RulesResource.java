package org.clvplugin.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.clvplugin.rules.Outbox;
import org.clvplugin.rules.Trigger;

/**
 * Follow-up rules: {@code GET|POST /rules}, {@code GET|PUT|DELETE /rules/{id}}, {@code POST /rules/{id}/dry-run} (what
 * the rule would do on the last change between runs, doing nothing), {@code POST /rules/dry-run} (the same for a
 * rule not saved yet), {@code GET /rules/{id}/firings}, {@code GET /rules/dead-letters} (actions given up on) and
 * {@code POST /rules/firings/{entryId}/retry}. A webhook's secret is written, never read: a rule says only
 * whether it has one.
 */
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiUser.READ_ADMIN, ApiUser.WRITE_RULES})
public class RulesResource {

    /**
     * A rule as admins send it (the id is the path's); only the name, the trigger's kind and the action (with what
     * its kind needs) are required, the rest may be left out.
     *
     * @param enabled       left out: enabled
     * @param cooldownHours left out: none
     * @param secret        a new webhook secret, or null to keep the one stored
     */
    public record RuleRequest(String name, Boolean enabled, Trigger trigger, RuleFilter filter, Action action,
                              Integer cooldownHours, Integer maxPerRun, String secret) {
        Rule toRule(Long id) {
            return new Rule(id, name, enabled == null || enabled, trigger, filter, action,
                    cooldownHours == null ? 0 : cooldownHours, maxPerRun);
        }
    }

    /** A rule as the API shows it: whether it has a webhook secret, never the secret. */
    public record RuleView(Long id, String name, boolean enabled, Trigger trigger, RuleFilter filter, Action action,
                           int cooldownHours, Integer maxPerRun, boolean secretSet) {
        static RuleView of(Rule r, boolean secretSet) {
            return new RuleView(r.id(), r.name(), r.enabled(), r.trigger(), r.filter(), r.action(), r.cooldownHours(),
                    r.maxPerRun(), secretSet);
        }
    }

    private final RuleAdmin rules;

    @Inject
    public RulesResource(RuleAdmin rules) {
        this.rules = rules;
    }

    @Context
    SecurityContext security;

    @GET
    public List<RuleView> all() {
        return rules.all().stream().map(this::view).toList();
    }

    @POST
    @RolesAllowed({ApiUser.WRITE_ADMIN, ApiUser.WRITE_RULES})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull RuleRequest request) {
        Rule saved = save(request.toRule(null), request.secret());
        return Response.status(Response.Status.CREATED).entity(view(saved)).build();
    }

    @GET
    @Path("/{id}")
    public RuleView get(@PathParam("id") long id) {
        return view(rule(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ApiUser.WRITE_ADMIN, ApiUser.WRITE_RULES})
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleView change(@PathParam("id") long id, @NotNull RuleRequest request) {
        rule(id);
        return view(save(request.toRule(id), request.secret()));
    }

    /**
     * Deletes a rule: it never fires again, its actions not yet delivered are given up, its firings stay as
     * history; audited. 204, or 404 for no such rule.
     */
    @DELETE
    @Path("/{id}")
    @RolesAllowed({ApiUser.WRITE_ADMIN, ApiUser.WRITE_RULES})
    public Response delete(@PathParam("id") long id) {
        if (!rules.delete(id, Principals.name(security))) {
            throw ApiException.notFound("no rule " + id);
        }
        return Response.noContent().build();
    }

    /** Sends a sample event to a webhook rule's URL, signed, and answers what went and what came back. */
    @POST
    @Path("/{id}/test-webhook")
    @RolesAllowed({ApiUser.WRITE_ADMIN, ApiUser.WRITE_RULES})
    public org.clvplugin.rules.WebhookDelivery.Sent testWebhook(@PathParam("id") long id) {
        try {
            return rules.testWebhook(id, Principals.name(security)).orElseThrow(() -> ApiException.notFound(
                    "no rule " + id));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Problem.of("not-a-webhook", "Not a webhook rule", 400, e.getMessage()));
        }
    }

    @POST
    @Path("/{id}/dry-run")
    public RuleAdmin.DryRun dryRun(@PathParam("id") long id,
                                   @QueryParam("sample") @DefaultValue("10") @Min(0) @Max(100) int sample) {
        return rules.dryRun(rule(id), sample);
    }

    @POST
    @Path("/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleAdmin.DryRun dryRunUnsaved(@NotNull RuleRequest request,
                                          @QueryParam("sample") @DefaultValue("10") @Min(0) @Max(100) int sample) {
        Rule rule = request.toRule(null);
        List<org.clvplugin.api.FieldError> errors = rules.problems(rule);
        if (!errors.isEmpty()) {
            throw FieldProblems.of("invalid-rule", "Invalid rule", errors);
        }
        return rules.dryRun(rule, sample);
    }

    @GET
    @Path("/{id}/firings")
    public List<org.clvplugin.rules.FiringView> firings(@PathParam("id") long id,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        rule(id);
        return rules.firings(id, limit);
    }

    @GET
    @Path("/dead-letters")
    public List<org.clvplugin.rules.FiringView> deadLetters(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return rules.deadLetters(limit);
    }

    /** A dead action delivered again: due now, its attempts counted afresh. */
    @POST
    @Path("/firings/{entryId}/retry")
    @RolesAllowed({ApiUser.WRITE_ADMIN, ApiUser.WRITE_RULES})
    public Outbox.Firing retry(@PathParam("entryId") long entryId) {
        Outbox.Firing firing = rules.firing(entryId)
                .orElseThrow(() -> ApiException.notFound("no firing " + entryId));
        if (rules.find(firing.ruleId()).isEmpty()) {
            throw new ApiException(Problem.of("rule-deleted", "Rule deleted", 409, "the rule of firing " + entryId
                    + " was deleted: its actions are not sent again"));
        }
        if (!rules.retry(entryId, Principals.name(security))) {
            throw new ApiException(Problem.of("not-dead", "Not a dead firing", 409, "firing " + entryId + " is "
                    + firing.state() + ": only a DEAD firing can be retried"));
        }
        return rules.firing(entryId).orElseThrow();
    }

    private Rule rule(long id) {
        return rules.find(id).orElseThrow(() -> ApiException.notFound("no rule " + id));
    }

    private RuleView view(Rule rule) {
        return RuleView.of(rule, rules.hasSecret(rule.id()));
    }

    private Rule save(Rule rule, String secret) {
        try {
            return rules.save(rule, secret, Principals.name(security));
        } catch (InvalidFieldsException e) {
            throw FieldProblems.of("invalid-rule", "Invalid rule", e.errors());
        }
    }
}
