package org.clvplugin.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /docs}: the API's documentation page, Swagger UI over {@code /openapi.json}, served from the
 * swagger-ui webjar on the plugin's classpath (no CDN: it works where the CRM has no internet). Public, like the
 * document. Only the page's own files are served, under a content security policy that lets the page load nothing
 * from elsewhere.
 */
@Path("/docs")
@PermitAll
@Hidden
public class ApiDocsResource {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    /** The files the page loads, and their types: nothing else of the webjar is served. */
    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "docs.js", "text/javascript; charset=utf-8");
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    @GET
    @Produces(MediaType.TEXT_HTML + "; charset=utf-8")
    public Response page(@Context UriInfo uri) {
        String path = uri.getBaseUri().getPath();
        String base = path.endsWith("/") ? path : path + "/";
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>CLV plugin API</title>
                <link rel="stylesheet" href="%1$sdocs/swagger-ui.css">
                <link rel="icon" type="image/png" href="%1$sdocs/favicon-32x32.png">
                </head>
                <body data-spec="%1$sopenapi.json">
                <main id="swagger-ui"></main>
                <script src="%1$sdocs/swagger-ui-bundle.js"></script>
                <script src="%1$sdocs/docs.js"></script>
                </body>
                </html>
                """.formatted(escape(base));
        return Response.ok(html).header("Content-Security-Policy", POLICY).build();
    }

    @GET
    @Path("/{file}")
    public Response file(@PathParam("file") String file) {
        String type = FILES.get(file);
        if (type == null) {
            throw ApiException.notFound("no file " + file + " in the docs page");
        }
        String resource = file.equals("docs.js") ? "org/clvplugin/rest/docs/docs.js" : WEBJAR + file;
        InputStream in = ApiDocsResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the plugin's classpath");
        }
        return Response.ok(in, type).build();
    }

    private static String webjarVersion() {
        try (InputStream in = ApiDocsResource.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the plugin's classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
