package org.clvplugin.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem with one field of what an admin submitted (a tier policy, a rule, settings), for display next to the
 * field. The message is English; a {@code code} with its {@code params} lets a client say the same in its own
 * language and formats ("tier.above" with the tier, the one below and its threshold). A problem without a code is
 * shown as its message.
 */
public record FieldError(String field, String message, String code, Map<String, Object> params) {

    public FieldError {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public FieldError(String field, String message) {
        this(field, message, null, Map.of());
    }

    /** A problem with a code and its parameters given as name, value, name, value... */
    public static FieldError coded(String field, String code, String message, Object... params) {
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come as name, value pairs: " + params.length);
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            named.put((String) params[i], params[i + 1]);
        }
        return new FieldError(field, message, code, named);
    }

    /** The same problem for another field (a template's problem for the subject or the description). */
    public FieldError at(String otherField) {
        return new FieldError(otherField, message, code, params);
    }
}
