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
@Tag(name = "rules")
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
    @Operation(operationId = "listRules", summary = "List the follow-up rules",
            description = "Every rule that is not deleted, with its trigger, filter, action, cooldown and maximum per "
                    + "run; a webhook rule says only whether it has a secret.")
    public List<RuleView> all() {
        return rules.all().stream().map(this::view).toList();
    }

    @POST
    @RolesAllowed({ApiUser.WRITE_ADMIN, ApiUser.WRITE_RULES})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRule", summary = "Create a follow-up rule",
            description = "Only `name`, `trigger` and `action` are required. Validated field by field (unknown tiers, "
                    + "templates, webhook targets on special-purpose addresses); audited. A webhook rule needs a "
                    + "`secret` of 16 to 256 characters.")
    @ApiResponse(responseCode = "201", description = "the rule as saved, with its Location",
            content = @Content(schema = @Schema(implementation = RuleView.class)))
    public Response create(@NotNull RuleRequest request) {
        Rule saved = save(request.toRule(null), request.secret());
        return Response.status(Response.Status.CREATED).entity(view(saved)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRule", summary = "Get a follow-up rule",
            description = "One rule as it is saved.")
    public RuleView get(@Parameter(description = "The rule's id") @PathParam("id") long id) {
        return view(rule(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ApiUser.WRITE_ADMIN, ApiUser.WRITE_RULES})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeRule", summary = "Change a follow-up rule",
            description = "Replaces the rule with the one sent; `\"secret\": null` keeps the stored secret. Validated "
                    + "and audited as on create.")
    public RuleView change(
            @Parameter(description = "The rule's id") @PathParam("id") long id, @NotNull RuleRequest request) {
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
    @Operation(operationId = "deleteRule", summary = "Delete a follow-up rule",
            description = "The rule never fires again, its actions not yet delivered are given up, its firings stay "
                    + "as history. Audited.")
    @ApiResponse(responseCode = "204", description = "deleted")
    // No body: a client that accepts only the problem details it may get (as a generated one does) is answered too.
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response delete(@Parameter(description = "The rule's id") @PathParam("id") long id) {
        if (!rules.delete(id, Principals.name(security))) {
            throw ApiException.notFound("no rule " + id);
        }
        return Response.noContent().build();
    }

    /** Sends a sample event to a webhook rule's URL, signed, and answers what went and what came back. */
    @POST
    @Path("/{id}/test-webhook")
    @RolesAllowed({ApiUser.WRITE_ADMIN, ApiUser.WRITE_RULES})
    @Operation(operationId = "testRuleWebhook", summary = "Send a test event to a webhook rule",
            description = "Sends a sample `clv.rule.test` event, signed as a real one, to the rule's URL and answers "
                    + "what went (URL, headers with the signature, body) and what came back. Nothing is queued or "
                    + "retried; audited.")
    public org.clvplugin.rules.WebhookDelivery.Sent testWebhook(
            @Parameter(description = "The rule's id") @PathParam("id") long id) {
        try {
            return rules.testWebhook(id, Principals.name(security)).orElseThrow(() -> ApiException.notFound(
                    "no rule " + id));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Problem.of("not-a-webhook", "Not a webhook rule", 400, e.getMessage()));
        }
    }

    @POST
    @Path("/{id}/dry-run")
    @Operation(operationId = "dryRunRule", summary = "Dry-run a saved rule",
            description = "What the rule would do on the change between the last two runs: how many contacts, how "
                    + "many held back by its maximum or cooldown, and the first events. Nothing is written or sent.")
    public RuleAdmin.DryRun dryRun(@Parameter(description = "The rule's id") @PathParam("id") long id,
            @Parameter(description = "How many of the events to show, 0 to 100")
            @QueryParam("sample") @DefaultValue("10") @Min(0) @Max(100) int sample) {
        return rules.dryRun(rule(id), sample);
    }

    @POST
    @Path("/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dryRunUnsavedRule", summary = "Dry-run a rule before saving it",
            description = "As the dry run of a saved rule, for the rule in the body; nothing is saved.")
    public RuleAdmin.DryRun dryRunUnsaved(@NotNull RuleRequest request,
            @Parameter(description = "How many of the events to show, 0 to 100")
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
    @Operation(operationId = "listRuleFirings", summary = "List a rule's firings",
            description = "The rule's actions in the outbox, newest first, with their delivery state, attempts, next "
                    + "attempt and last error.")
    public List<org.clvplugin.rules.FiringView> firings(
            @Parameter(description = "The rule's id") @PathParam("id") long id,
            @Parameter(description = "How many, 1 to 500")
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        rule(id);
        return rules.firings(id, limit);
    }

    @GET
    @Path("/dead-letters")
    @Operation(operationId = "listDeadLetters", summary = "List the actions given up on",
            description = "The actions of every rule that were given up on (DEAD), newest first.")
    public List<org.clvplugin.rules.FiringView> deadLetters(
            @Parameter(description = "How many, 1 to 500")
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return rules.deadLetters(limit);
    }

    /** A dead action delivered again: due now, its attempts counted afresh. */
    @POST
    @Path("/firings/{entryId}/retry")
    @RolesAllowed({ApiUser.WRITE_ADMIN, ApiUser.WRITE_RULES})
    @Operation(operationId = "retryFiring", summary = "Retry an action given up on",
            description = "Puts a DEAD outbox entry back, due now, with its attempts counted afresh. 409 for an entry "
                    + "that is not dead.")
    @ApiResponse(responseCode = "200", description = "OK: the entry, due now",
            content = @Content(schema = @Schema(implementation = Outbox.Firing.class)))
    @ApiResponse(responseCode = "409", description = "The entry is not dead, or its rule was deleted")
    public Outbox.Firing retry(
            @Parameter(description = "The outbox entry's id, from the firings or the dead letters")
            @PathParam("entryId") long entryId) {
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
