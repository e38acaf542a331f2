package org.clvplugin.rest;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of a webhook as the OpenAPI document describes it under {@code webhooks}: the delivery writes the same
 * fields ({@code rules.WebhookDelivery}); a test holds the two together. See docs/webhooks.md.
 */
@Schema(description = "A rule fired for a contact: POSTed to the rule's URL, signed (X-CLV-Signature)")
public record WebhookEvent(
        @Schema(description = "The idempotency key, also in the Idempotency-Key header: the same for every attempt "
                + "of this rule for this contact and change") String id,
        @Schema(description = "Always clv.rule.fired") String type,
        @Schema(description = "When the run that saw the change queued the action") Instant firedAt,
        WebhookRule rule, WebhookContact contact, WebhookChange transition,
        @Schema(description = "The run that saw the change (the published run after it)") long run) {

    /** The rule that fired. */
    public record WebhookRule(long id, String name) {
    }

    /** The contact it fired for; its owner is a party id of the host. */
    public record WebhookContact(String partyId, String name, String ownerPartyId) {
    }

    /** The change between two published runs, with the contact's state in each. */
    public record WebhookChange(
            @Schema(description = "The rule's trigger kind, such as TIER_UPGRADED") String trigger,
            @Schema(description = "Identifies the change: TRIGGER:fromRun>toRun") String key,
            long fromRun, long toRun,
            @Schema(description = "Null for a contact the earlier run did not have") WebhookContactState before,
            WebhookContactState after) {
    }

    /** A contact's standing in one run; amounts in the run's currency. */
    public record WebhookContactState(String tierKey, int tierRank, double clv,
                                      @Schema(description = "Null where the run has no churn estimate")
                                      Double probabilityAlive, String segment) {
    }
}
