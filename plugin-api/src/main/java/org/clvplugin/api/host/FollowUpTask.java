package org.clvplugin.api.host;

import java.time.Instant;

/**
 * A task a follow-up rule asks the host to create for a contact's owner.
 *
 * @param key            the firing's idempotency key: the same key is the same task, however often it is delivered
 * @param ownerPartyId   who the task is assigned to
 * @param contactPartyId the contact it is about
 * @param subject        one line, already rendered from the rule's template
 * @param description    may be empty
 * @param due            when it should be done
 * @param createdAt      when the delivery happens
 */
public record FollowUpTask(String key, String ownerPartyId, String contactPartyId, String subject,
                           String description, Instant due, Instant createdAt) {
}
