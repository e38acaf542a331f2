package org.clvplugin.rest;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;

/**
 * A Content-Type header that is empty or not a media type is answered 415 with problem details naming it. Left to
 * Jersey, reading it fails before any of the API's mappers runs, and the answer is a bare 400. A servlet filter in
 * front of the API (web.xml).
 */
public final class ContentTypeHeader implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String value = request.getContentType();
        if (value != null && !readable(value)) {
            Problem.of("unsupported-media-type", "Unsupported Media Type", 415, "the Content-Type header '" + value
                    + "' is not a media type; send application/json").writeTo((HttpServletResponse) response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean readable(String value) {
        try {
            return !value.isBlank() && MediaType.valueOf(value) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
