package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The catalogue of bad requests: each is answered with problem details and a 4xx status naming what was wrong,
 * the services are never called, and none is a 500.
 */
class BadRequestCatalogueTest extends ApiTest {

    private JsonNode refused(Response r, int status, String type) throws Exception {
        String body = r.readEntity(String.class);
        assertEquals(status, r.getStatus(), body);
        assertEquals("application/problem+json", r.getMediaType().toString());
        JsonNode problem = json(body);
        assertEquals("https://clvplugin.org/problems/" + type, problem.get("type").asText(), body);
        assertFalse(body.contains("Exception") || body.contains("at org."), body);
        return problem;
    }

    private Response putTiers(String body) {
        return target("/tiers").request().put(Entity.json(body));
    }

    @Test
    void malformedJson() throws Exception {
        refused(putTiers("{\"basis\": \"PREDICTED_CLV\", "), 400, "malformed-body");
        refused(putTiers("not json at all"), 400, "malformed-body");
        refused(putTiers("{} {}"), 400, "malformed-body");
        verify(tiers, never()).save(any(), anyString());
    }

    @Test
    void wrongTypes() throws Exception {
        JsonNode p = refused(putTiers(AdminResourcesTest.POLICY.replace("\"threshold\":1000",
                "\"threshold\":\"a lot\"")), 400, "malformed-body");
        assertEquals("tiers[0].threshold", p.get("errors").get(0).get("field").asText());
        refused(putTiers("[1, 2, 3]"), 400, "malformed-body");
        refused(target("/settings").request().put(Entity.json("{\"clv.margin\": {\"nested\": 1}}")), 400,
                "malformed-body");
    }

    @Test
    void controlCharactersAreRefusedNamingTheFieldOrParameter() throws Exception {
        JsonNode body = refused(putTiers(AdminResourcesTest.POLICY.replace("\"displayName\":\"VIP\"",
                "\"displayName\":\"V\\u0000IP\"")), 400, "malformed-body");
        assertEquals("tiers[0].displayName", body.get("errors").get(0).get("field").asText());
        assertEquals("contains a control character (U+0000); send plain text",
                body.get("errors").get(0).get("message").asText());
        refused(putTiers(AdminResourcesTest.POLICY.replace("\"displayName\":\"VIP\"",
                "\"displayName\":\"V\\u001bIP\"")), 400, "malformed-body");
        JsonNode key = refused(target("/settings").request().put(Entity.json("{\"clv.mar\\u0000gin\": \"1\"}")), 400,
                "malformed-body");
        assertEquals("contains a control character (U+0000); send plain text", key.get("detail").asText());
        JsonNode parameter = refused(target("/contacts").queryParam("owner", "REP\u0000").request().get(), 400,
                "invalid-parameter");
        assertEquals("owner", parameter.get("errors").get(0).get("field").asText());
        assertEquals("parameter 'owner' contains a control character (U+0000)", parameter.get("detail").asText());
        verify(tiers, never()).save(any(), anyString());
    }

    @Test
    void aNumberIsAJsonNumberAndAWholeNumberIsWhole() throws Exception {
        JsonNode quoted = refused(putTiers(AdminResourcesTest.POLICY.replace("\"threshold\":1000",
                "\"threshold\":\"1000\"")), 400, "malformed-body");
        assertEquals("tiers[0].threshold", quoted.get("errors").get(0).get("field").asText());
        JsonNode fraction = refused(putTiers(AdminResourcesTest.POLICY.replace("\"grace\":14", "\"grace\":1.9")),
                400, "malformed-body");
        assertEquals("hysteresis.grace", fraction.get("errors").get(0).get("field").asText());
        verify(tiers, never()).save(any(), anyString());
    }

    @Test
    void validationErrorsNameTheParameterTheClientSent() throws Exception {
        JsonNode p = refused(target("/runs").queryParam("limit", 1000).request().get(), 400, "validation");
        assertEquals("limit", p.get("errors").get(0).get("field").asText(), p.toString());
    }

    @Test
    void unknownAndMissingFields() throws Exception {
        JsonNode unknown = refused(putTiers(AdminResourcesTest.POLICY.replace("\"basis\"", "\"colourScheme\":1,"
                + "\"basis\"")), 400, "malformed-body");
        assertEquals("unknown field 'colourScheme'", unknown.get("errors").get(0).get("message").asText());
        JsonNode missing = refused(putTiers(AdminResourcesTest.POLICY.replace(",\"threshold\":1000", "")), 400,
                "malformed-body");
        assertEquals("tiers[0].threshold", missing.get("errors").get(0).get("field").asText());
        assertEquals("missing", missing.get("errors").get(0).get("message").asText());
    }

    @Test
    void unknownEnumValues() throws Exception {
        JsonNode p = refused(putTiers(AdminResourcesTest.POLICY.replace("PREDICTED_CLV", "LOYALTY_POINTS")), 400,
                "malformed-body");
        assertEquals("basis", p.get("errors").get(0).get("field").asText());
        refused(putTiers(AdminResourcesTest.POLICY.replace("\"DAYS\"", "2")), 400, "malformed-body");
    }

    @Test
    void outOfRangeNumbers() throws Exception {
        refused(target("/runs").queryParam("limit", -5).request().get(), 400, "validation");
        refused(target("/audit").queryParam("limit", 1_000_000).request().get(), 400, "validation");
        refused(target("/runs").queryParam("limit", "99999999999999999999").request().get(), 400,
                "invalid-parameter");
    }

    @Test
    void oversizedBodies() throws Exception {
        String huge = "{\"clv.margin\":\"" + "9".repeat(BodyLimit.MAX_BYTES) + "\"}";
        refused(target("/settings").request().put(Entity.json(huge)), 413, "body-too-large");
        verify(settings, never()).update(any(), anyString());
    }

    @Test
    void unsupportedMediaTypes() throws Exception {
        refused(target("/tiers").request().put(Entity.entity("basis=PREDICTED_CLV",
                MediaType.APPLICATION_FORM_URLENCODED)), 415, "unsupported-media-type");
        refused(target("/settings").request().put(Entity.text("clv.margin=0.3")), 415, "unsupported-media-type");
        refused(target("/tiers").request(MediaType.TEXT_HTML).get(), 406, "not-acceptable");
    }

    @Test
    void emptyBodies() throws Exception {
        refused(putTiers(""), 400, "validation");
        refused(target("/settings").request().put(Entity.json("null")), 400, "validation");
    }
}
