package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.tokens.ApiTokens;
import org.clvplugin.tokens.NewToken;
import org.clvplugin.tokens.TokenView;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The tokens' endpoints: what an admin sends and gets (the service's own rules are TokensContract's). */
class TokensResourceTest extends ApiTest {

    static final TokenView VIEW = new TokenView(3, "CRM sync", "clv_AbCdEfGh", List.of("contacts:read"), "REP_ANNA",
            "admin", Instant.parse("2026-12-01T09:00:00Z"), null, null, null);

    @Test
    void makingATokenAnswersItOnceWithWhereItIsListed() throws Exception {
        when(tokens.create(any(), anyString())).thenReturn(new ApiTokens.Made("clv_secret", VIEW));
        Response r = target("/tokens").request().post(Entity.json(
                "{\"name\": \"CRM sync\", \"scopes\": [\"contacts:read\"], \"owner\": \"REP_ANNA\"}"));
        assertEquals(201, r.getStatus());
        assertTrue(r.getLocation().toString().endsWith("/tokens/3"), r.getLocation().toString());
        JsonNode body = json(r.readEntity(String.class));
        assertEquals("clv_secret", body.get("token").asText());
        assertEquals("clv_AbCdEfGh", body.at("/view/prefix").asText());
        verify(tokens).create(new NewToken("CRM sync", List.of("contacts:read"), "REP_ANNA"), "admin");
    }

    @Test
    void aRequestThatIsNotRightIsA400NamingEachField() throws Exception {
        when(tokens.create(any(), anyString())).thenThrow(new InvalidFieldsException("token", List.of(
                FieldError.coded("scopes", "oneOf", "'x' is not a scope", "values", "contacts:read"))));
        Response r = target("/tokens").request().post(Entity.json("{\"name\": \"a\", \"scopes\": [\"x\"]}"));
        assertEquals(400, r.getStatus());
        JsonNode body = json(r.readEntity(String.class));
        assertEquals("scopes", body.at("/errors/0/field").asText());
        assertEquals("oneOf", body.at("/errors/0/code").asText());
        assertEquals(400, target("/tokens").request().post(Entity.json("{\"name\": \"a\", \"scope\": []}"))
                .getStatus(), "an unknown field");
    }

    @Test
    void listingAndRevoking() throws Exception {
        when(tokens.all()).thenReturn(List.of(VIEW));
        JsonNode list = json(target("/tokens").request().get(String.class));
        assertEquals("CRM sync", list.at("/0/name").asText());
        assertTrue(list.at("/0/lastUsedAt").isNull() || list.at("/0/lastUsedAt").isMissingNode());
        when(tokens.revoke(eq(3L), anyString())).thenReturn(Optional.of(VIEW));
        assertEquals(200, target("/tokens/3").request().delete().getStatus());
        verify(tokens).revoke(3L, "admin");
        assertEquals(404, target("/tokens/4").request().delete().getStatus());
    }
}
