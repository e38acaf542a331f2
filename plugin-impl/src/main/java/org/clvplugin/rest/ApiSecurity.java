package org.clvplugin.rest;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.HostSecurity;
import org.clvplugin.tokens.ApiTokens;

/**
 * Finds who is calling, from a token the plugin made ({@link ApiTokens}) or else by asking the host, and puts the
 * answer in the request's security context: the user's permissions are its roles, which {@code @RolesAllowed} on
 * the resources checks (401 without a user, 403 without the permission).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class ApiSecurity implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final HostSecurity hostSecurity;
    private final ApiTokens tokens;

    @Inject
    public ApiSecurity(HostSecurity hostSecurity, ApiTokens tokens) {
        this.hostSecurity = hostSecurity;
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<ApiUser> user;
        try {
            Optional<String> token = pluginToken(request);
            user = token.isPresent() ? Optional.of(tokens.authenticate(token.get()).orElseThrow(
                    () -> new HostSecurity.Refused(401, "the API token is not valid, or was revoked")))
                    : hostSecurity.authenticate(new RequestView(request));
        } catch (HostSecurity.Refused e) {
            String kind = e.status() == 401 ? "unauthorized" : "forbidden";
            throw new ApiException(Problem.of(kind, e.status() == 401 ? "Unauthorized" : "Forbidden", e.status(),
                    e.getMessage()));
        }
        boolean secure = request.getSecurityContext().isSecure();
        user.ifPresent(u -> request.setSecurityContext(new UserContext(u, secure)));
    }

    /** A token the plugin made ({@code Bearer clv_...}); any other is the host's to judge. */
    private static Optional<String> pluginToken(ContainerRequestContext request) {
        return Optional.ofNullable(request.getHeaderString("Authorization")).filter(h -> h.startsWith(BEARER))
                .map(h -> h.substring(BEARER.length()).trim()).filter(t -> t.startsWith(ApiTokens.PREFIX));
    }

    /** The user a resource is answering. */
    static Optional<ApiUser> user(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof UserPrincipal p
                ? Optional.of(p.user()) : Optional.empty();
    }

    private record UserPrincipal(ApiUser user) implements Principal {
        @Override
        public String getName() {
            return user.name();
        }
    }

    private record UserContext(ApiUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new UserPrincipal(user);
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.may(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "CLV";
        }
    }

    private record RequestView(ContainerRequestContext request) implements HostSecurity.Request {
        @Override
        public String method() {
            return request.getMethod();
        }

        @Override
        public Optional<String> header(String name) {
            return Optional.ofNullable(request.getHeaderString(name));
        }

        @Override
        public Optional<String> cookie(String name) {
            Map<String, Cookie> cookies = request.getCookies();
            return Optional.ofNullable(cookies.get(name)).map(Cookie::getValue);
        }
    }
}
