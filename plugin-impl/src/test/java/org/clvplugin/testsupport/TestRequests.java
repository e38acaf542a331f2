package org.clvplugin.testsupport;

import java.util.Optional;

import org.clvplugin.api.host.HostSecurity;

/** Requests as a host's security sees them, for tests of hosts' security. */
public final class TestRequests {

    private TestRequests() {
    }

    /** A GET with this Authorization header (none when null) and no cookies. */
    public static HostSecurity.Request get(String authorization) {
        return new HostSecurity.Request() {
            @Override
            public String method() {
                return "GET";
            }

            @Override
            public Optional<String> header(String name) {
                return name.equals("Authorization") ? Optional.ofNullable(authorization) : Optional.empty();
            }

            @Override
            public Optional<String> cookie(String name) {
                return Optional.empty();
            }
        };
    }
}
