package org.clvplugin.tokens;

import java.util.Arrays;
import java.util.Optional;

import org.clvplugin.api.host.ApiUser;

/**
 * What an API token may do, each scope one permission. Under "viewers see only their own contacts"
 * (security.viewersOwnContactsOnly) a token with {@link #CONTACTS_READ} reads the contacts of its owner party only,
 * and none without an owner; the other scopes read or change plugin-wide data and are not limited by owner.
 */
public enum TokenScope {
    /** A contact's value, history, follow-ups; the list and its CSV export. */
    CONTACTS_READ("contacts:read", ApiUser.READ_CONTACTS),
    /** The dashboard's summary: totals, tiers, the value histogram, cohorts, the trend. */
    SUMMARY_READ("summary:read", ApiUser.READ_SUMMARY),
    /** Follow-up rules: read, create, change, delete, dry-run, test a webhook, retry an action given up on. */
    RULES_WRITE("rules:write", ApiUser.WRITE_RULES),
    /** Settings, tiers, runs, the model, rules and the audit trail, read only. */
    ADMIN_READ("admin:read", ApiUser.READ_ADMIN);

    private final String name;
    private final String permission;

    TokenScope(String name, String permission) {
        this.name = name;
        this.permission = permission;
    }

    /** The scope's name in the API and the console: {@code contacts:read}. */
    public String scopeName() {
        return name;
    }

    public String permission() {
        return permission;
    }

    public static Optional<TokenScope> named(String name) {
        return Arrays.stream(values()).filter(s -> s.name.equals(name)).findFirst();
    }
}
