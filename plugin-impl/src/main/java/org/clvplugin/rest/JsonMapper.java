package org.clvplugin.rest;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The API's JSON: times as ISO-8601 strings; bodies read strictly, so that a misspelt field, a number for an enum
 * or a missing field is an error the client sees rather than a silent default; text is plain ({@link PlainText}).
 */
@Provider
public class JsonMapper implements ContextResolver<ObjectMapper> {

    static final ObjectMapper MAPPER = strictScalars(new ObjectMapper()).registerModule(new JavaTimeModule())
            .registerModule(PlainText.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    /**
     * A number is a JSON number and a boolean a JSON boolean: "100" for a threshold, "true" for a switch, or 1.9
     * for a whole number of hours is refused naming the field, not read as 100, true or 1.
     */
    private static ObjectMapper strictScalars(ObjectMapper mapper) {
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Bodies whose optional fields may be left out (a new token: its owner; a rule: its filter, cooldown, maximum,
     * secret, and the parameters its trigger and action kinds do not use): missing fields are null, or the
     * primitive's default; what is required is checked field by field when validated. Everything else stays strict.
     */
    private static final ObjectMapper OPTIONAL_FIELDS = MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return type == RulesResource.RuleRequest.class || type == org.clvplugin.tokens.NewToken.class
                ? OPTIONAL_FIELDS : MAPPER;
    }
}
