package org.clvplugin.rest;

import jakarta.ws.rs.WebApplicationException;

/** An error a resource answers with on purpose, as problem details. */
public final class ApiException extends WebApplicationException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), problem.status());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of("not-found", "Not found", 404, detail));
    }
}
