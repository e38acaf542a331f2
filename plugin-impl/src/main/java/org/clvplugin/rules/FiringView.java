package org.clvplugin.rules;

import java.time.Instant;

/**
 * A rule's action as the console lists it: the outbox entry's state and attempts, and who and what it was for in
 * people's words: the contact's name, the owner's party id and name, the tiers by their names (null for none) and
 * the CLV before and after; a delivery's error as the dispatcher wrote it.
 */
public record FiringView(long entryId, long ruleId, long runId, String partyId, String contactName,
                         String ownerPartyId, String ownerName, String transitionKey, String fromTier, String toTier,
                         Double clvBefore, Double clvAfter, String actionKind, String state, int attempts,
                         Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, String lastError) {
}
