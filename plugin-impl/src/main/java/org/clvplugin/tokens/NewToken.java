package org.clvplugin.tokens;

import java.util.List;

/**
 * What an admin asks for when making a token.
 *
 * @param name   what the token is for ("CRM sync"), 1 to 60 characters
 * @param scopes one or more of {@link TokenScope}'s names
 * @param owner  optional: the party (a sales rep) whose contacts the token reads when viewers see only their own
 */
public record NewToken(String name, List<String> scopes, String owner) {
}
