package org.clvplugin.rest;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/** The JAX-RS application mounted at /clv/api/v1 by the webapp's web.xml. */
public class ClvApplication extends ResourceConfig {

    public ClvApplication() {
        register(JacksonFeature.class);
        register(JsonMapper.class);
        register(HealthResource.class);
    }
}
