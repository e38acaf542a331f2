package org.clvplugin.rest;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.filter.AbstractSpecFilter;
import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * {@code GET /openapi.json} (and {@code .yaml}): the OpenAPI 3.1 document generated from the resources by
 * swagger-jaxrs2, as OFBiz's own REST plugin does, with the two ways to authenticate, every status of every
 * operation, examples, and the webhook the rules send.
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
                .tags(List.of(
                        new Tag().name("contacts").description("A contact's card, history and follow-ups; lists "
                                + "and their CSV export"),
                        new Tag().name("dashboard").description("The published run summarised"),
                        new Tag().name("rules").description("Follow-up rules, their firings and dry runs"),
                        new Tag().name("tiers").description("The tier policy and its preview"),
                        new Tag().name("runs").description("Recompute runs and their reports"),
                        new Tag().name("model").description("The published run's model"),
                        new Tag().name("settings").description("The plugin's settings"),
                        new Tag().name("tokens").description("API tokens for other systems"),
                        new Tag().name("audit").description("Who changed what"),
                        new Tag().name("service").description("Health, the signed-in user, enumerations")))
                .components(new Components().securitySchemes(Map.of(
                        "session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("CLV_SESSION")
                                .description("Signed in at /clv/login (standalone) or through the host; "
                                        + "state-changing requests send the CSRF token in X-CSRF-Token"),
                        "token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token an admin made (clv_...), limited to its scopes: "
                                        + "contacts:read, summary:read, rules:write, admin:read"))))
                .security(List.of(new SecurityRequirement().addList("session"),
                        new SecurityRequirement().addList("token")));
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(api).filterClass(Completion.class.getName())
                .openAPI31(true).prettyPrint(true)
                .resourceClasses(Set.copyOf(resources.stream().map(Class::getName).toList()))
                .resourcePackages(Set.of(OpenApiDocument.class.getPackageName()));
        OpenApiResource resource = new OpenApiResource();
        resource.setOpenApiConfiguration(config);
        return resource;
    }

    /**
     * Completes the generated document: every operation's statuses with the problem schema
     * ({@link OperationResponses}), examples of the card and the list (a real answer of the demo), and what the
     * plugin POSTs to a rule's URL, the event's schema and its headers (docs/webhooks.md): swagger's reader keeps
     * no webhooks of the base document, so a filter adds them after it. Each step leaves what is there.
     */
    public static final class Completion extends AbstractSpecFilter {
        @Override
        public Optional<OpenAPI> filterOpenAPI(OpenAPI api, Map<String, List<String>> params,
                                               Map<String, String> cookies, Map<String, List<String>> headers) {
            // Swagger's reader drops the licence's identifier (OpenAPI 3.1) of the base document: set it again.
            api.getInfo().getLicense().identifier("Apache-2.0");
            OperationResponses.complete(api, ClvApplication.resources());
            addExample(api, "/contacts/{partyId}/value", "card.json");
            addExample(api, "/contacts", "list.json");
            if (api.getWebhooks() == null || !api.getWebhooks().containsKey("clv.rule.fired")) {
                addWebhook(api);
            }
            return Optional.of(api);
        }
    }

    private static void addExample(OpenAPI api, String path, String file) {
        MediaType json = api.getPaths().get(path).getGet().getResponses().get("200").getContent()
                .get(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json.getExample() == null) {
            try (var in = OpenApiDocument.class.getResourceAsStream("examples/" + file)) {
                json.setExample(JsonMapper.MAPPER.readValue(in, Object.class));
            } catch (java.io.IOException | RuntimeException e) {
                throw new IllegalStateException("the example " + file + " is part of the plugin's jar", e);
            }
        }
    }

    private static void addWebhook(OpenAPI api) {
        ModelConverters.getInstance(true).readAll(WebhookEvent.class).forEach(api.getComponents()::addSchemas);
        io.swagger.v3.oas.models.Operation post = new io.swagger.v3.oas.models.Operation().operationId("ruleFired")
                .summary("A follow-up rule fired for a contact")
                .description("Sent to a webhook rule's URL when a contact's change between two runs meets the "
                        + "rule; retried on 408, 429, 5xx and network failures with the same Idempotency-Key. "
                        + "Verify X-CLV-Signature: v1= and the hex HMAC-SHA256, with the rule's secret, of the "
                        + "timestamp, a dot and the body's bytes.")
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/WebhookEvent")))))
                .responses(new ApiResponses()
                        .addApiResponse("2XX", new ApiResponse().description("Delivered"))
                        .addApiResponse("default", new ApiResponse().description("Tried again for 408, 429 and 5xx "
                                + "(as the delivery settings say); given up for any other answer")));
        for (String[] header : new String[][] {
                {"X-CLV-Timestamp", "Seconds since 1970 when the request was signed"},
                {"X-CLV-Signature", "v1=<hex HMAC-SHA256 of timestamp + \".\" + body>"},
                {"Idempotency-Key", "The event's id: the same on every attempt"}}) {
            post.addParametersItem(new Parameter().in("header").name(header[0]).required(true)
                    .description(header[1]).schema(new StringSchema()));
        }
        api.addWebhooks("clv.rule.fired", new PathItem().post(post));
    }
}
