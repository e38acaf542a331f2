package org.clvplugin.rest;

import jakarta.ws.rs.core.SecurityContext;

/** Who made a request, for the audit trail and the runs' "triggered by". */
final class Principals {

    private Principals() {
    }

    static String name(SecurityContext security) {
        return security == null || security.getUserPrincipal() == null ? "anonymous"
                : security.getUserPrincipal().getName();
    }
}
