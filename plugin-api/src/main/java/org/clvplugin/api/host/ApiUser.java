package org.clvplugin.api.host;

import java.util.Set;

/**
 * A user of the API and what they may do.
 *
 * @param name        who, for the audit trail
 * @param permissions what they may do: {@link #READ_CONTACTS}, {@link #READ_SUMMARY}, {@link #READ_ADMIN},
 *                    {@link #WRITE_RULES}, {@link #WRITE_ADMIN}
 * @param partyId     the user's own party in the host (a sales rep's), for limiting viewers to the contacts they
 *                    own; null when the user has none
 */
public record ApiUser(String name, Set<String> permissions, String partyId) {

    /** Read contact values: sales reps (CLV_VIEW), admins, automation tokens with this scope. */
    public static final String READ_CONTACTS = "clv.contacts.read";
    /** Read settings, tiers, runs, the model and the audit trail: admins, automation tokens with this scope. */
    public static final String READ_ADMIN = "clv.admin.read";
    /** Read the dashboard's summary (totals, tiers, the histogram, cohorts, the trend): admins, tokens so scoped. */
    public static final String READ_SUMMARY = "clv.summary.read";
    /** Read, create, change and delete follow-up rules and retry their actions: admins, tokens so scoped. */
    public static final String WRITE_RULES = "clv.rules.write";
    /** Change settings and tiers, start runs, manage API tokens: admins (CLV_ADMIN) only. */
    public static final String WRITE_ADMIN = "clv.admin.write";

    public ApiUser {
        permissions = Set.copyOf(permissions);
    }

    /** A sales rep: reads contact values. */
    public static Set<String> viewer() {
        return Set.of(READ_CONTACTS);
    }

    /** An admin: everything. */
    public static Set<String> admin() {
        return Set.of(READ_CONTACTS, READ_SUMMARY, READ_ADMIN, WRITE_RULES, WRITE_ADMIN);
    }

    public boolean may(String permission) {
        return permissions.contains(permission);
    }
}
