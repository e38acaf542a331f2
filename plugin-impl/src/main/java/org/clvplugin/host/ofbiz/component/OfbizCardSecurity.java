package org.clvplugin.host.ofbiz.component;

import java.util.Optional;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.HostSecurity;

/**
 * Who calls the API inside OFBiz: the bearer of a card token an OFBiz screen minted for its signed-in user
 * ({@link CardTokens}). No token: anonymous (the API answers 401); a token that is forged or expired: refused.
 */
final class OfbizCardSecurity implements HostSecurity {

    private final CardTokens tokens;

    OfbizCardSecurity(CardTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<ApiUser> authenticate(Request request) {
        Optional<String> bearer = request.header("Authorization").filter(h -> h.startsWith("Bearer "))
                .map(h -> h.substring("Bearer ".length()).trim());
        if (bearer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tokens.verify(bearer.get()).orElseThrow(() -> new Refused(401,
                "the card's sign-in has expired or is not valid: reload the OFBiz page")));
    }
}
