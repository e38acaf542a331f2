package org.clvplugin.rules;

/**
 * A contact's change from one published run to the next: what a rule fires on. {@code before} is null for a
 * contact the earlier run did not have.
 */
public record Transition(String partyId, String name, String ownerPartyId, long fromRunId, long toRunId,
                         ContactState before, ContactState after) {

    /** Identifies this change: a rule fires at most once per contact for it (CLV_OUTBOX's unique key). */
    public String key(Trigger.Kind kind) {
        return kind + ":" + fromRunId + ">" + toRunId;
    }
}
