package org.clvplugin.tokens;

import java.time.Instant;
import java.util.List;

/**
 * An API token as the console and the API show it: never the token itself (it is shown once, when made), but its
 * first characters, which the token starts with, to tell tokens apart.
 *
 * @param owner the party whose contacts the token reads when viewers see only their own contacts; null: none
 */
public record TokenView(long id, String name, String prefix, List<String> scopes, String owner, String createdBy,
                        Instant createdAt, Instant lastUsedAt, String revokedBy, Instant revokedAt) {

    public TokenView {
        scopes = List.copyOf(scopes);
    }
}
