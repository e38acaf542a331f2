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
        for (String path : List.of("/health", "/contacts", "/contacts/{partyId}/value", "/contacts/{partyId}/history",
                "/summary", "/runs", "/runs/{id}", "/settings", "/tiers", "/tiers/preview", "/model", "/audit",
                "/me")) {
            assertTrue(paths.has(path), "missing " + path + " in " + paths.fieldNames());
        }
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
        assertTrue(doc.get("components").get("securitySchemes").has("token"));
    }
}
