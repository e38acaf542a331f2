package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI 3.1 document describes every endpoint, its parameters, bodies and schemas, and how to sign in. */
class OpenApiTest extends ApiTest {

    @Test
    void theDocumentDescribesTheWholeApi() throws Exception {
        JsonNode doc = json(target("/openapi.json").request().header("X-Anonymous", "1").get(String.class));
        assertTrue(doc.get("openapi").asText().startsWith("3.1"), doc.get("openapi").asText());
        JsonNode paths = doc.get("paths");
        // Every endpoint of every resource, read from the resources themselves: a new one cannot be left out.
        int endpoints = 0;
        for (Class<?> resource : ClvApplication.resources()) {
            String root = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (java.lang.reflect.Method m : resource.getMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                String path = (root + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                        .replaceAll("(.)/$", "$1");
                assertTrue(paths.has(path) && paths.get(path).has(verb), "missing " + verb + " " + path + " of "
                        + resource.getSimpleName() + " in " + paths);
                endpoints++;
            }
        }
        assertTrue(endpoints >= 25, "found " + endpoints + " endpoints");
        assertTrue(paths.has("/rules/{id}") && paths.get("/rules/{id}").has("delete"));
        assertTrue(paths.get("/tiers").has("put") && paths.get("/tiers").get("put").has("requestBody"));
        JsonNode schemas = doc.get("components").get("schemas");
        for (String schema : List.of("ContactValue", "TierPolicy", "Summary", "Page", "RunSummary")) {
            assertTrue(schemas.has(schema), "missing schema " + schema);
        }
        JsonNode limit = null;
        for (JsonNode p : paths.get("/contacts").get("get").get("parameters")) {
            if (p.get("name").asText().equals("limit")) {
                limit = p;
            }
        }
        assertEquals(200, limit.get("schema").get("maximum").asInt(), limit.toString());
        assertTrue(paths.get("/contacts").get("get").get("parameters").findValuesAsText("name").contains("q"),
                "the search parameter");
        for (String path : List.of("/contacts", "/contacts.csv")) {
            List<String> names = paths.get(path).get("get").get("parameters").findValuesAsText("name");
            assertTrue(names.containsAll(List.of("q", "tier", "segment", "minClv", "maxClv", "minChurnRisk",
                    "maxChurnRisk", "owner", "newWithinDays", "sort")), path + " " + names);
        }
        for (JsonNode p : paths.get("/contacts").get("get").get("parameters")) {
            if (p.get("name").asText().equals("maxChurnRisk")) {
                assertEquals(1, p.get("schema").get("maximum").asInt(), "the bound's validation: " + p);
                assertTrue(p.get("description").asText().contains("0 to 1"), p.toString());
            }
        }
        assertTrue(doc.get("components").get("securitySchemes").has("token"));
        assertTrue(doc.has("webhooks"), "the webhook the rules send");
        JsonNode hook = doc.get("webhooks").get("clv.rule.fired").get("post");
        assertEquals("#/components/schemas/WebhookEvent", hook.get("requestBody").get("content")
                .get("application/json").get("schema").get("$ref").asText(), "the webhook's body: " + hook);
        assertEquals(List.of("X-CLV-Timestamp", "X-CLV-Signature", "Idempotency-Key"),
                hook.get("parameters").findValuesAsText("name"));
        JsonNode event = schemas.get("WebhookEvent").get("properties");
        for (String field : List.of("id", "type", "firedAt", "rule", "contact", "transition", "run")) {
            assertTrue(event.has(field), "the event's " + field + ": " + event);
        }
    }

    private static String httpMethod(java.lang.reflect.Method m) {
        for (java.lang.annotation.Annotation a : m.getAnnotations()) {
            jakarta.ws.rs.HttpMethod verb = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (verb != null) {
                return verb.value().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }
}
