package org.clvplugin.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/** Refuses a query or path parameter holding a control character (see {@link PlainText}) before any resource runs. */
@Provider
public class PlainTextParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters(), "parameter");
        check(request.getUriInfo().getPathParameters(), "path segment");
    }

    private static void check(MultivaluedMap<String, String> parameters, String what) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            for (String value : p.getValue()) {
                Optional<String> control = PlainText.controlInParameter(value);
                if (control.isPresent()) {
                    String error = "contains a control character (" + control.get() + ")";
                    throw new ApiException(Problem.of("invalid-parameter", "Invalid parameter", 400, what + " '"
                            + p.getKey() + "' " + error).withErrors(List.of(new Problem.FieldProblem(p.getKey(),
                            error))));
                }
            }
        }
    }
}
