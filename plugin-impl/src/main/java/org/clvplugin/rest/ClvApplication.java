package org.clvplugin.rest;

import java.util.List;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.Context;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The JAX-RS application mounted at /clv/api/v1 by the webapp's web.xml. */
public class ClvApplication extends ResourceConfig {

    private static final List<Class<?>> RESOURCES = List.of(HealthResource.class, ContactResource.class,
            ContactsResource.class, SummaryResource.class, RunResource.class, SettingsResource.class,
            TierResource.class, ModelResource.class, AuditResource.class, MeResource.class,
            RulesResource.class);

    /** The API's resource classes: every endpoint is a method of one of them. */
    static List<Class<?>> resources() {
        return RESOURCES;
    }

    /** In the webapp: the runtime is the servlet context's attribute, set by the host. */
    public ClvApplication(@Context ServletContext servletContext) {
        this((ClvRuntime) servletContext.getAttribute(ClvRuntime.ATTRIBUTE));
    }

    /** With the services given (tests, and hosts that build the application themselves). */
    public ClvApplication(ClvRuntime runtime) {
        if (runtime == null) {
            throw new IllegalStateException("the host did not set the servlet context attribute "
                    + ClvRuntime.ATTRIBUTE);
        }
        // Jersey's own Jackson mappers would answer bad JSON in their own format; ours answer problem details.
        register(JacksonFeature.withoutExceptionMappers());
        register(JsonMapper.class);
        register(BodyLimit.class);
        register(ResponseHeaders.class);
        register(PlainTextParameters.class);
        register(ParameterNames.class);
        register(ApiSecurity.class);
        register(Permissions.class);
        ProblemMappers.all().forEach(this::register);
        RESOURCES.forEach(this::register);
        register(OpenApiDocument.resource(RESOURCES));
        property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        // The API is described by its OpenAPI document (to those signed in); no WADL for anyone.
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(runtime).to(ClvRuntime.class);
            }
        });
    }
}
