package org.clvplugin.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.glassfish.jersey.server.ParamException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Every error becomes problem details; one mapper per kind of error. */
final class ProblemMappers {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static List<Class<?>> all() {
        return List.of(HttpErrors.class, BadJson.class, Invalid.class, Unexpected.class);
    }

    /** Errors JAX-RS itself raises (404, 405, 406, 415, ...) and those the resources throw. */
    @Provider
    public static final class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            if (e instanceof ApiException api) {
                return api.problem().response();
            }
            if (e instanceof ParamException p) {
                // JAX-RS answers an unconvertible query or path parameter with 404; it is a bad request.
                String name = p.getParameterName();
                return Problem.of("invalid-parameter", "Invalid parameter", 400, "parameter '" + name
                        + "' has a value of the wrong type").withErrors(List.of(new Problem.FieldProblem(name,
                        "wrong type"))).response();
            }
            String detail = status == 401 ? "sign in, or send an API token (Authorization: Bearer ...)"
                    : status == 403 ? "your account may not do this"
                    : e instanceof NotFoundException ? "there is nothing at this address"
                    : e instanceof NotAllowedException ? "this address does not accept that method"
                    : e instanceof NotSupportedException ? "send application/json"
                    : known == null ? "the request was refused"
                    : known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
            String kind = Problem.kindOf(status);
            if (status >= 500) {
                return Unexpected.logged(e);
            }
            return Problem.of(kind, known == null ? "Error" : known.getReasonPhrase(), status, detail).response();
        }
    }

    /** A body that is not JSON, or not the JSON this address takes: 400 naming the field. */
    @Provider
    public static final class BadJson implements ExceptionMapper<JsonProcessingException> {

        @Override
        public Response toResponse(JsonProcessingException e) {
            String field = e instanceof JsonMappingException m ? path(m) : null;
            String detail;
            if (e instanceof PlainText.ControlCharacterException c) {
                detail = c.getOriginalMessage();
            } else if (e instanceof UnrecognizedPropertyException u) {
                detail = "unknown field '" + u.getPropertyName() + "'";
            } else if (e instanceof MismatchedInputException m && (m.getOriginalMessage().startsWith("Missing")
                    || m.getOriginalMessage().startsWith("Cannot map `null`"))) {
                detail = "missing"; // the path ends at the missing field

            } else if (e instanceof ValueInstantiationException) {
                detail = "cannot be read as given";
            } else if (e instanceof InvalidFormatException f && f.getTargetType() != null
                    && f.getTargetType().isEnum()) {
                detail = "'" + f.getValue() + "' is not one of " + List.of(f.getTargetType().getEnumConstants());
            } else if (e instanceof InvalidFormatException f) {
                detail = "'" + f.getValue() + "' is not a " + f.getTargetType().getSimpleName();
            } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
                detail = "expected a " + m.getTargetType().getSimpleName();
            } else {
                detail = "the body is not valid JSON (line " + (e.getLocation() == null ? "?"
                        : e.getLocation().getLineNr()) + ")";
            }
            Problem p = Problem.of("malformed-body", "Malformed body", 400, field == null ? detail
                    : field + ": " + detail);
            return (field == null ? p : p.withErrors(List.of(new Problem.FieldProblem(field, detail)))).response();
        }

        private static String path(JsonMappingException e) {
            StringBuilder out = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                if (r.getFieldName() != null) {
                    out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    out.append('[').append(r.getIndex()).append(']');
                }
            }
            return out.length() == 0 ? null : out.toString();
        }
    }

    /** Bean Validation on request bodies and parameters: 400 with one entry per field. */
    @Provider
    public static final class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldProblem> errors = e.getConstraintViolations().stream()
                    .map(v -> problem(field(v.getPropertyPath().toString()), v))
                    .sorted(java.util.Comparator.comparing(Problem.FieldProblem::field)).toList();
            return Problem.of("validation", "Invalid request", 400, "some fields were refused").withErrors(errors)
                    .response();
        }

        /**
         * A violation with a code a client can say in its own language: at least, at most, a length, required; a
         * pattern's message says what is expected, and has no code.
         */
        private static Problem.FieldProblem problem(String field, jakarta.validation.ConstraintViolation<?> v) {
            java.util.Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
            return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
                case "Min", "DecimalMin" -> new Problem.FieldProblem(field, v.getMessage(), "atLeast",
                        java.util.Map.of("min", attributes.get("value")));
                case "Max", "DecimalMax" -> new Problem.FieldProblem(field, v.getMessage(), "atMost",
                        java.util.Map.of("max", attributes.get("value")));
                case "Size" -> new Problem.FieldProblem(field, v.getMessage(), "length",
                        java.util.Map.of("min", attributes.get("min"), "max", attributes.get("max")));
                case "NotNull", "NotBlank", "NotEmpty" -> new Problem.FieldProblem(field, v.getMessage(), "required",
                        null);
                default -> new Problem.FieldProblem(field, v.getMessage());
            };
        }

        /** "put.arg0.threshold" → "threshold": the method and argument are not the client's names. */
        private static String field(String path) {
            String[] parts = path.split("\\.");
            return parts.length <= 2 ? parts[parts.length - 1]
                    : String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
    }

    /**
     * The SQL error in {@code e}'s causes saying the database cannot be reached (a connection refused or broken,
     * the server shutting down; a pool's timeout names the last of these), if there is one.
     */
    static java.util.Optional<java.sql.SQLException> unreachableDatabase(Throwable e) {
        return causes(e).filter(java.sql.SQLException.class::isInstance).map(java.sql.SQLException.class::cast)
                .filter(sql -> sql instanceof java.sql.SQLNonTransientConnectionException
                        || sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                        || sql.getSQLState().startsWith("57P")))
                .findFirst();
    }

    private static java.util.stream.Stream<Throwable> causes(Throwable e) {
        return java.util.stream.Stream.iterate(e, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    /** Anything else: 500 with an id that is also in the log, and nothing of the cause. */
    @Provider
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return logged(e);
        }

        private static final OccasionalWarning DATABASE_GONE = new OccasionalWarning(LOG);
        private static final OccasionalWarning POOL_EXHAUSTED = new OccasionalWarning(LOG);

        static Response logged(Throwable e) {
            java.util.Optional<java.sql.SQLException> unreachable = unreachableDatabase(e);
            if (unreachable.isPresent()) {
                DATABASE_GONE.warn("the database cannot be reached; requests are answered 503 until it is back: "
                        + unreachable.get().getMessage());
                return Response.fromResponse(Problem.of("database-unavailable", "Database unavailable", 503,
                        "the database cannot be reached; try again shortly").response()).header("Retry-After", "5")
                        .build();
            }
            if (causes(e).anyMatch(java.sql.SQLTransientConnectionException.class::isInstance)) {
                POOL_EXHAUSTED.warn("no database connection came free in time; requests are answered 503");
                return Response.fromResponse(Problem.of("busy", "Service busy", 503, "the server is answering as "
                        + "many requests as it can; try again in a second").response()).header("Retry-After", "1")
                        .build();
            }
            String id = UUID.randomUUID().toString();
            LOG.error("API error {}", id, e);
            return Problem.of("server-error", "Internal error", 500,
                    "the server could not answer; the error is logged as " + id).withErrorId(id).response();
        }
    }
}
