package org.clvplugin.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Completes each operation's responses from what its Java method can answer, so that a client generated from the
 * document knows every status: "OK" for a method that declares none, and the problem details (RFC 9457) of 400
 * (the method takes parameters or a body), 401 and 403 (it needs a permission), 404 (its path names something),
 * 413 and 415 (it takes a body), and 500 and 503 (any); a status a method declares itself keeps its description
 * and gets the problem's media type beside its own (409, health's 503).
 */
final class OperationResponses {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final Set<Class<? extends Annotation>> REQUEST_PARTS = Set.of(QueryParam.class, PathParam.class,
            BeanParam.class, HeaderParam.class, CookieParam.class, FormParam.class, MatrixParam.class);
    private static final Map<Class<? extends Annotation>, PathItem.HttpMethod> VERBS = Map.of(GET.class,
            PathItem.HttpMethod.GET, POST.class, PathItem.HttpMethod.POST, PUT.class, PathItem.HttpMethod.PUT,
            DELETE.class, PathItem.HttpMethod.DELETE);

    private OperationResponses() {
    }

    static void complete(OpenAPI api, List<Class<?>> resources) {
        ModelConverters.getInstance(true).readAll(Problem.class).forEach(api.getComponents()::addSchemas);
        for (Class<?> resource : resources) {
            if (resource.isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class)) {
                continue; // not in the document: the docs page
            }
            for (Method method : resource.getMethods()) {
                VERBS.entrySet().stream().filter(v -> method.isAnnotationPresent(v.getKey())).findFirst()
                        .ifPresent(verb -> {
                            String path = path(resource, method);
                            PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
                            Operation operation = item == null ? null : item.readOperationsMap().get(verb.getValue());
                            if (operation == null) {
                                throw new IllegalStateException("the OpenAPI document lacks " + verb.getValue() + " "
                                        + path + " of " + resource.getSimpleName() + "." + method.getName());
                            }
                            complete(operation, resource, method, path);
                        });
            }
        }
    }

    private static void complete(Operation operation, Class<?> resource, Method method, String path) {
        ApiResponses responses = operation.getResponses();
        ApiResponse undeclared = responses.remove("default");
        if (undeclared != null && responses.isEmpty()) {
            responses.addApiResponse("200", undeclared.description("OK"));
        }
        boolean body = Arrays.stream(method.getParameters()).anyMatch(OperationResponses::isBody);
        boolean parameters = body || Arrays.stream(method.getParameters()).anyMatch(p -> REQUEST_PARTS.stream()
                .anyMatch(p::isAnnotationPresent));
        if (parameters) {
            problem(responses, 400, "The request is not valid: errors[] names each refused parameter or field, "
                    + "with a code and params where the server has them");
        }
        if (isProtected(resource, method)) {
            problem(responses, 401, "Nobody is signed in, or the API token is not valid or was revoked");
            problem(responses, 403, "The user or token may not do this (a permission or scope it lacks), or a "
                    + "session's request lacks its CSRF token");
        }
        if (path.contains("{")) {
            problem(responses, 404, "Nothing of that id (for a sales rep limited to own contacts, also another's "
                    + "contact)");
        }
        if (body) {
            problem(responses, 413, "The body is over 64 KiB");
            problem(responses, 415, "The body is not application/json");
        }
        problem(responses, 500, "An unexpected error: errorId names the server's log entry");
        problem(responses, 503, "The database cannot be reached, or the server has as many requests as it takes: "
                + "try again after Retry-After");
    }

    /** The status's problem details, beside what a method declared for it (health's own body on 503). */
    private static void problem(ApiResponses responses, int status, String description) {
        ApiResponse response = responses.computeIfAbsent(Integer.toString(status),
                s -> new ApiResponse().description(description));
        if (response.getContent() == null) {
            response.setContent(new Content());
        }
        response.getContent().putIfAbsent(Problem.MEDIA_TYPE.toString(),
                new MediaType().schema(new Schema<>().$ref(PROBLEM)));
    }

    private static boolean isBody(Parameter p) {
        return Arrays.stream(p.getAnnotations()).noneMatch(a ->
                REQUEST_PARTS.contains(a.annotationType()) || a.annotationType() == Context.class);
    }

    private static boolean isProtected(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        return method.isAnnotationPresent(RolesAllowed.class) || (!resource.isAnnotationPresent(PermitAll.class)
                && resource.isAnnotationPresent(RolesAllowed.class));
    }

    /** The path as the document names it: the class's and the method's, joined by one slash. */
    static String path(Class<?> resource, Method method) {
        String joined = "/" + value(resource.getAnnotation(Path.class)) + "/" + value(method.getAnnotation(Path.class));
        String path = joined.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String value(Path path) {
        return path == null ? "" : path.value();
    }
}
