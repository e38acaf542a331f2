package org.clvplugin.standalone.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import jakarta.ws.rs.core.Response;

import org.apache.catalina.connector.Request;
import org.apache.catalina.valves.ErrorReportValve;
import org.clvplugin.rest.Problem;

/**
 * Tomcat's error answers (a path it refuses, a header or URL too long, a method not allowed) as the API's: problem
 * details under /clv/api, a plain page elsewhere; neither names the server or its version.
 */
public final class ProblemErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, org.apache.catalina.connector.Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String reason = reason(status);
        String uri = request.getRequestURI();
        // A request line too long to read has no URI: most likely an API client's, answered as one.
        boolean api = uri == null || uri.startsWith("/clv/api/");
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer out = response.getReporter();
            if (out == null) {
                return;
            }
            if (api) {
                out.write(Problem.of(Problem.kindOf(status), reason, status, "the request was refused before it "
                        + "reached the API: " + reason.toLowerCase(Locale.ROOT)).toJson());
            } else {
                out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " "
                        + reason + "</title></head><body><h1>" + status + " " + reason + "</h1></body></html>");
            }
        } catch (IOException | IllegalStateException e) {
            getContainer().getLogger().debug("the error answer could not be written", e);
        }
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
