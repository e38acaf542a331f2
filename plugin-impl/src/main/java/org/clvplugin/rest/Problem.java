package org.clvplugin.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}): a stable {@code type} per kind of
 * error, a human {@code detail}, field errors for validation, and for unexpected errors the id under which the
 * server logged it. Never a stack trace or SQL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, List<FieldProblem> errors,
                      String errorId) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPES = "https://clvplugin.org/problems/";

    /**
     * One field that was refused, named as in the request ("tiers[2].threshold"): an English message, and where the
     * server has one a {@code code} with {@code params} that a client says in its own language.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldProblem(String field, String message, String code,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.Map<String, Object> params) {

        public FieldProblem(String field, String message) {
            this(field, message, null, null);
        }

        static FieldProblem of(org.clvplugin.api.FieldError e) {
            return new FieldProblem(e.field(), e.message(), e.code(), e.params());
        }
    }

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(URI.create(TYPES + kind), title, status, detail, null, null);
    }

    /** The problem type of an HTTP error status that carries nothing more specific. */
    public static String kindOf(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "server-error" : "bad-request";
        };
    }

    /** This problem as its JSON body, for writers outside JAX-RS (a servlet filter, the container's error page). */
    public String toJson() {
        try {
            return JsonMapper.MAPPER.writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a problem is always JSON", e);
        }
    }

    public Problem withErrors(List<FieldProblem> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors), errorId);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, errors, id);
    }

    /** Writes this problem as a servlet's answer, for filters in front of JAX-RS. */
    public void writeTo(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(MEDIA_TYPE.toString());
        response.getOutputStream().write(toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
