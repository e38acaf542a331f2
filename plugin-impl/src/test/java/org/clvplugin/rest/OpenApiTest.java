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
            if (resource == ApiDocsResource.class) {
                continue; // the docs page is not part of the API it documents
            }
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

    @Test
    void everyOperationIsDescribedWellEnoughToGenerateAClient() throws Exception {
        JsonNode doc = json(target("/openapi.json").request().header("X-Anonymous", "1").get(String.class));
        java.util.Set<String> ids = new java.util.HashSet<>();
        int operations = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) doc.get("paths")::fields) {
            for (var op : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                String where = op.getKey() + " " + path.getKey();
                JsonNode o = op.getValue();
                String id = o.path("operationId").asText();
                assertTrue(id.matches("[a-z][A-Za-z]+"), where + ": a meaningful operationId, not " + id);
                assertTrue(ids.add(id), where + ": operationId " + id + " twice");
                assertTrue(o.path("summary").asText().length() > 10, where + ": a summary");
                assertTrue(o.path("description").asText().length() > 20, where + ": a description");
                for (JsonNode p : o.path("parameters")) {
                    assertTrue(p.path("description").asText().length() > 5, where + ": describe " + p);
                }
                JsonNode responses = o.get("responses");
                assertTrue(!responses.has("default"), where + ": every status named");
                assertTrue(java.util.stream.StreamSupport.stream(((Iterable<String>) responses::fieldNames)
                        .spliterator(), false).anyMatch(s -> s.startsWith("2")), where + ": a success status");
                for (String status : List.of("500", "503")) {
                    assertEquals("#/components/schemas/Problem", responses.path(status).path("content")
                            .path("application/problem+json").path("schema").path("$ref").asText(), where + " " + status);
                }
                operations++;
            }
        }
        assertTrue(operations >= 33, "operations: " + operations);
        JsonNode card = doc.at("/paths/~1contacts~1{partyId}~1value/get/responses");
        assertEquals("SCORED", card.at("/200/content/application~1json/example/status").asText(), "the card's example");
        assertTrue(card.has("304") && card.has("404") && card.has("401") && card.has("403"), card.toString());
        JsonNode list = doc.at("/paths/~1contacts/get/responses/200/content/application~1json/example");
        assertTrue(list.get("items").size() >= 2 && list.has("nextCursor"), "the list's example: " + list);
        assertTrue(doc.at("/paths/~1rules/post/responses").has("201"));
        assertTrue(doc.at("/paths/~1rules/post/responses").has("415"), "a body's statuses");
        assertTrue(doc.at("/paths/~1rules~1{id}/delete/responses").has("204"));
        assertTrue(!doc.at("/paths/~1health/get/responses").has("401"), "health is public");
        assertTrue(doc.at("/components/schemas/Problem/properties").has("errorId"));
    }

    /**
     * docs/openapi.json, which integrators read and the standalone module's generated-client test generates its
     * client from, is the document the API serves.
     */
    @Test
    void theDocumentInDocsIsTheOneServed() throws Exception {
        JsonNode served = json(target("/openapi.json").request().header("X-Anonymous", "1").get(String.class));
        java.nio.file.Path file = java.nio.file.Path.of("..", "docs", "openapi.json");
        if (Boolean.getBoolean("clv.updateOpenApi")) {
            java.nio.file.Files.writeString(file, JsonMapper.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(served) + "\n");
        }
        assertEquals(served, json(java.nio.file.Files.readString(file)), "docs/openapi.json is not the document "
                + "the API serves: update it with mvn -B test -pl plugin-impl -Dtest=OpenApiTest "
                + "-Dclv.updateOpenApi=true");
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
