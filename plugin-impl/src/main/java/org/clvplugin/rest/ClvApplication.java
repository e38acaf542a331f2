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
            ContactsResource.class, ContactsExportResource.class, SummaryResource.class, RunResource.class,
            SettingsResource.class,
            TierResource.class, ModelResource.class, AuditResource.class, MeResource.class,
            RulesResource.class, VocabularyResource.class, TokensResource.class, ApiDocsResource.class);

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
                // Each resource names in its constructor the services it uses, and receives only those.
                bind(runtime.dataSource()).to(javax.sql.DataSource.class);
                bind(runtime.runs()).to(org.clvplugin.store.RunRepository.class);
                bind(runtime.values()).to(org.clvplugin.values.ContactValues.class);
                bind(runtime.contacts()).to(org.clvplugin.values.ContactList.class);
                bind(runtime.dashboard()).to(org.clvplugin.values.Dashboard.class);
                bind(runtime.settings()).to(org.clvplugin.settings.AdminSettings.class);
                bind(runtime.tiers()).to(org.clvplugin.settings.TierAdmin.class);
                bind(runtime.trigger()).to(org.clvplugin.schedule.RunTrigger.class);
                bind(runtime.audit()).to(org.clvplugin.store.AuditRepository.class);
                bind(runtime.rules()).to(org.clvplugin.rules.RuleAdmin.class);
                bind(runtime.followUps()).to(org.clvplugin.rules.ContactFollowUps.class);
                bind(runtime.tokens()).to(org.clvplugin.tokens.ApiTokens.class);
                bind(runtime.security()).to(org.clvplugin.api.host.HostSecurity.class);
            }
        });
    }
}
