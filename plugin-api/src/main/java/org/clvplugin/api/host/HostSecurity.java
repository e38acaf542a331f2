package org.clvplugin.api.host;

import java.util.Optional;

/**
 * Who makes a request to the plugin's API, as the host knows it: inside OFBiz its login and the permissions
 * CLV_VIEW and CLV_ADMIN; in the standalone host its own users, sessions and tokens.
 */
public interface HostSecurity {

    /** What the API can see of a request to authenticate it. */
    interface Request {
        String method();

        Optional<String> header(String name);

        Optional<String> cookie(String name);
    }

    /**
     * The user behind the request, or empty for an anonymous one; throws {@link Refused} for a request that must
     * not go on even anonymously (an invalid token, a session request without its CSRF token).
     */
    Optional<ApiUser> authenticate(Request request);

    /** A request refused before it reaches a resource, with the status and a message safe to show. */
    final class Refused extends RuntimeException {
        private final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
