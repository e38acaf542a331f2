package org.clvplugin.rest;

import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@code @RolesAllowed} (a permission of {@link org.clvplugin.api.host.ApiUser}) on every resource
 * method, the method's annotation before its class's: 401 when nobody is signed in, 403 when the user lacks the
 * permission. A method without either annotation, or with {@code @PermitAll}, is open.
 */
@Provider
public final class Permissions implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null && !resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new Check(allowed.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Check implements ContainerRequestFilter {
        private final String[] permissions;

        Check(String[] permissions) {
            this.permissions = permissions.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getSecurityContext().getUserPrincipal() == null) {
                throw new ApiException(Problem.of("unauthorized", "Unauthorized", 401,
                        "sign in, or send an API token (Authorization: Bearer ...)"));
            }
            if (Arrays.stream(permissions).noneMatch(request.getSecurityContext()::isUserInRole)) {
                throw new ApiException(Problem.of("forbidden", "Forbidden", 403, "your account may not do this"));
            }
        }
    }
}
