package org.clvplugin.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * {@code GET /openapi.json} (and {@code .yaml}): the OpenAPI 3.1 document generated from the resources by
 * swagger-jaxrs2, as OFBiz's own REST plugin does, with the two ways to authenticate.
 */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    static OpenApiResource resource(List<Class<?>> resources) {
        OpenAPI api = new OpenAPI()
                .info(new Info().title("CLV plugin API").version("1")
                        .description("Customer lifetime value, loyalty tiers and their administration. Errors are "
                                + "application/problem+json (RFC 9457).")
                        .license(new License().name("Apache License 2.0")
                                .identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/clv/api/v1")))
                .components(new Components().securitySchemes(Map.of(
                        "session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("CLV_SESSION")
                                .description("Signed in at /clv/login (standalone) or through the host; "
                                        + "state-changing requests send the CSRF token in X-CSRF-Token"),
                        "token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A read-only automation token"))))
                .security(List.of(new SecurityRequirement().addList("session"),
                        new SecurityRequirement().addList("token")));
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(api).openAPI31(true).prettyPrint(true)
                .resourceClasses(Set.copyOf(resources.stream().map(Class::getName).toList()))
                .resourcePackages(Set.of(OpenApiDocument.class.getPackageName()));
        OpenApiResource resource = new OpenApiResource();
        resource.setOpenApiConfiguration(config);
        return resource;
    }
}
